import { z } from 'zod';
import type { CallResult } from './errors';
/**
 * The one API contract. Every transport (Electron IPC, the browser host, the command line) is built
 * from this table, so a method exists in all of them or in none.
 *
 * - input: validated by the handler before the service sees it (and used by the forms);
 * - output: what the service returns, checked before it leaves the handler;
 * - labels: field name -> visible label, so a validation error names the field as the form does.
 */
interface MethodDef<I extends z.ZodType, O extends z.ZodType> {
    summary: string;
    input: I;
    output: O;
    labels?: Readonly<Record<string, string>>;
}
export declare const backupInfoSchema: z.ZodObject<{
    file: z.ZodString;
    createdAt: z.ZodString;
    bytes: z.ZodNumber;
}, z.core.$strip>;
export declare const workspaceStatusSchema: z.ZodObject<{
    path: z.ZodString;
    state: z.ZodEnum<{
        ok: "ok";
        damaged: "damaged";
    }>;
    setAsidePath: z.ZodOptional<z.ZodString>;
    backups: z.ZodArray<z.ZodObject<{
        file: z.ZodString;
        createdAt: z.ZodString;
        bytes: z.ZodNumber;
    }, z.core.$strip>>;
    restoredFrom: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;
export declare const auditEntrySchema: z.ZodObject<{
    id: z.ZodNumber;
    at: z.ZodString;
    actor: z.ZodString;
    entity: z.ZodString;
    entityId: z.ZodString;
    field: z.ZodString;
    oldValue: z.ZodNullable<z.ZodString>;
    newValue: z.ZodNullable<z.ZodString>;
}, z.core.$strip>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export declare const contract: {
    readonly 'identity.validate': MethodDef<z.ZodObject<{
        type: z.ZodEnum<{
            resident_id: "resident_id";
            uscc: "uscc";
            hk_macau_permit: "hk_macau_permit";
            taiwan_permit: "taiwan_permit";
            passport: "passport";
            foreign_permanent_id: "foreign_permanent_id";
            mobile: "mobile";
        }>;
        value: z.ZodString;
    }, z.core.$strip>, z.ZodDiscriminatedUnion<[z.ZodObject<{
        ok: z.ZodLiteral<true>;
        value: z.ZodString;
        warning: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>, z.ZodObject<{
        ok: z.ZodLiteral<false>;
        message: z.ZodString;
    }, z.core.$strip>], "ok">>;
    readonly 'unit.get': MethodDef<z.ZodObject<{}, z.core.$strict>, z.ZodNullable<z.ZodObject<{
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
    }, z.core.$strip>>>;
    readonly 'unit.save': MethodDef<z.ZodObject<{
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
    }, z.core.$strip>, z.ZodObject<{
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
    }, z.core.$strip>>;
    readonly 'workspace.status': MethodDef<z.ZodObject<{}, z.core.$strict>, z.ZodObject<{
        path: z.ZodString;
        state: z.ZodEnum<{
            ok: "ok";
            damaged: "damaged";
        }>;
        setAsidePath: z.ZodOptional<z.ZodString>;
        backups: z.ZodArray<z.ZodObject<{
            file: z.ZodString;
            createdAt: z.ZodString;
            bytes: z.ZodNumber;
        }, z.core.$strip>>;
        restoredFrom: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    readonly 'workspace.restoreBackup': MethodDef<z.ZodObject<{
        file: z.ZodString;
    }, z.core.$strip>, z.ZodObject<{
        path: z.ZodString;
        state: z.ZodEnum<{
            ok: "ok";
            damaged: "damaged";
        }>;
        setAsidePath: z.ZodOptional<z.ZodString>;
        backups: z.ZodArray<z.ZodObject<{
            file: z.ZodString;
            createdAt: z.ZodString;
            bytes: z.ZodNumber;
        }, z.core.$strip>>;
        restoredFrom: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    readonly 'audit.list': MethodDef<z.ZodObject<{
        entity: z.ZodOptional<z.ZodString>;
        limit: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strip>, z.ZodArray<z.ZodObject<{
        id: z.ZodNumber;
        at: z.ZodString;
        actor: z.ZodString;
        entity: z.ZodString;
        entityId: z.ZodString;
        field: z.ZodString;
        oldValue: z.ZodNullable<z.ZodString>;
        newValue: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>>;
};
export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export { METHOD_NAMES } from './methodNames';
export declare function isMethodName(name: unknown): name is MethodName;
/** The client's view: one async function per method. `window.beian` has this type. */
export type BeianApi = {
    [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};
/** What `window.beian` holds: one function per method, each answering with a CallResult envelope. */
export type BeianBridge = {
    [M in MethodName]: (input: MethodInput<M>) => Promise<CallResult<MethodOutput<M>>>;
};
