package io.github.quanze.publish.report;

import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.text.BilingualText;

/** The label of a case event on a timeline (案件事件名称), in Chinese and English. Package-private. */
final class EventLabels {

    private EventLabels() {}

    static BilingualText of(CaseEvent event) {
        if (event instanceof CaseEvent.StepPerformed e) {
            return e.step().label();
        } else if (event instanceof CaseEvent.HearingRequested) {
            return BilingualText.of("当事人申请听证", "hearing requested");
        } else if (event instanceof CaseEvent.Waived e) {
            return BilingualText.of("放弃：", "waived: ").join("", "", e.step().label());
        } else if (event instanceof CaseEvent.Suspended e) {
            return BilingualText.of("期限中止：", "time stopped: ").join("", "", e.activity().label());
        } else if (event instanceof CaseEvent.Resumed) {
            return BilingualText.of("期限恢复计算", "time resumed");
        } else if (event instanceof CaseEvent.Extended e) {
            return BilingualText.of("延长期限：", "time extended: ").join("", "", e.step().label());
        } else if (event instanceof CaseEvent.Published) {
            return BilingualText.of("决定公示", "decision published");
        } else if (event instanceof CaseEvent.Withdrawn) {
            return BilingualText.of("撤回公示", "publication withdrawn");
        } else if (event instanceof CaseEvent.Overturned e) {
            return BilingualText.of("决定被", "decision ").join("", "", e.outcome().label());
        } else if (event instanceof CaseEvent.Transferred) {
            return BilingualText.of("案件移交", "case transferred");
        } else if (event instanceof CaseEvent.CrimeSuspected) {
            return BilingualText.of("涉嫌犯罪", "crime suspected");
        }
        return BilingualText.of("移送机关答复", "answer of the authority referred to");
    }
}
