// 值班制度 (第十三条（二）: 落实专人二十四小时值班制度，并将值班制度报公安机关): the text the unit keeps and
// files with 03 值班表. A template is offered; the unit edits it to fit.
import { z } from 'zod';
import { missingOr, plainText } from './fieldRules';

export const DUTY_POLICY_LABELS = { text: '值班制度' } as const;

export const DUTY_POLICY_MAX = 5000;

export const dutyPolicySchema = z.object({
  text: z
    .string({ error: missingOr(DUTY_POLICY_LABELS.text) })
    .trim()
    .superRefine(plainText(DUTY_POLICY_LABELS.text, { multiline: true }))
    .min(20, `${DUTY_POLICY_LABELS.text}过短：请写明值班方式、交接班、值班电话和报告要求（至少20个字）`)
    .max(DUTY_POLICY_MAX, `${DUTY_POLICY_LABELS.text}不能超过${DUTY_POLICY_MAX}个字`),
});
export type DutyPolicy = z.output<typeof dutyPolicySchema>;

export const storedDutyPolicySchema = z.object({ text: z.string(), updatedAt: z.string() });
export type StoredDutyPolicy = z.infer<typeof storedDutyPolicySchema>;

/** A starting point the unit adapts (offered on the 值班表 screen, never saved without the unit's say). */
export const DUTY_POLICY_TEMPLATE = `一、本单位落实专人二十四小时值班制度，值班人员按值班表轮班，全年每日0时至24时不留空档。
二、值班期间保持值班电话和本人手机畅通，值班人员不得擅自离岗；因故不能值班的，须提前报安全小组组长批准并安排替班，记入调班。
三、交接班时当面交接机房运行情况、未处理完毕的事项和安全告警，并在值班记录中签字。
四、值班人员负责巡查机房和网络运行状况，发现网络安全事件、事故或违法犯罪线索，立即采取处置措施，保存相关记录，并按规定向单位网络安全负责人和公安机关报告。
五、接到公安机关依法查询、协查要求的，值班人员立即报告网络安全负责人，配合提供相关日志和登记信息。
六、值班表、值班电话或值班制度有变更的，于每月二十日前随变更备案资料报送公安机关。`;
