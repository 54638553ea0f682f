import { z } from 'zod';
/** 单位类型 (LABELS.md); each role brings its own articles of the regulation. */
export declare const UNIT_ROLES: readonly ["IDC机房服务单位", "托管服务单位", "服务器架设单位", "域名注册服务单位"];
export type UnitRole = (typeof UNIT_ROLES)[number];
export declare const UNIT_LABELS: {
    readonly name: "单位名称";
    readonly creditCode: "统一社会信用代码";
    readonly roles: "单位类型";
    readonly registeredAddress: "注册地址";
    readonly officeAddress: "办公地址";
    readonly phone: "联系电话";
    readonly email: "电子邮箱";
};
/** The unit profile (单位信息) as the form, the API and the database all see it. */
export declare const unitSchema: z.ZodObject<{
    name: z.ZodString;
    creditCode: z.ZodDefault<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
    roles: z.ZodPipe<z.ZodDefault<z.ZodArray<z.ZodEnum<{
        IDC机房服务单位: "IDC机房服务单位";
        托管服务单位: "托管服务单位";
        服务器架设单位: "服务器架设单位";
        域名注册服务单位: "域名注册服务单位";
    }>>>, z.ZodTransform<("IDC机房服务单位" | "托管服务单位" | "服务器架设单位" | "域名注册服务单位")[], ("IDC机房服务单位" | "托管服务单位" | "服务器架设单位" | "域名注册服务单位")[]>>;
    registeredAddress: z.ZodDefault<z.ZodString>;
    officeAddress: z.ZodDefault<z.ZodString>;
    phone: z.ZodDefault<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
    email: z.ZodDefault<z.ZodString>;
}, z.core.$strip>;
export type UnitInput = z.input<typeof unitSchema>;
export type Unit = z.output<typeof unitSchema>;
/** The stored profile, with when it was last saved. */
export declare const storedUnitSchema: z.ZodObject<{
    name: z.ZodString;
    creditCode: z.ZodString;
    roles: z.ZodArray<z.ZodEnum<{
        IDC机房服务单位: "IDC机房服务单位";
        托管服务单位: "托管服务单位";
        服务器架设单位: "服务器架设单位";
        域名注册服务单位: "域名注册服务单位";
    }>>;
    registeredAddress: z.ZodString;
    officeAddress: z.ZodString;
    phone: z.ZodString;
    email: z.ZodString;
    updatedAt: z.ZodString;
}, z.core.$strip>;
export type StoredUnit = z.infer<typeof storedUnitSchema>;
