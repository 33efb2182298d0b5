package org.miatext.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.miatext.MiaText;
import org.miatext.ast.Document;
import org.miatext.check.Checker;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.refs.Seeds;

/** After a fix, the checker finds nothing wrong with the numbering. */
class RenumberingCheckerTest {

    private static final String SEED = Seeds.text();

    private static List<String> numberingRules(Document d) {
        return Checker.check(d).stream().map(Diagnostic::ruleId)
                .filter(r -> r.startsWith("numbering/") || r.equals("notes/list-order")).toList();
    }

    private static String swap(String text, String a, String b) {
        int i = Math.min(text.indexOf(a), text.indexOf(b));
        int j = Math.max(text.indexOf(a), text.indexOf(b));
        if (text.indexOf(a) > text.indexOf(b)) {
            String t = a;
            a = b;
            b = t;
        }
        return text.substring(0, i) + b + text.substring(i + a.length(), j) + a + text.substring(j + b.length());
    }

    @Test
    void theSeedHasNoNumberingFindingsBeforeOrAfter() {
        assertThat(numberingRules(Seeds.document())).isEmpty();
        assertThat(numberingRules(MiaText.parse(Renumbering.of(Seeds.document()).text()))).isEmpty();
    }

    @Test
    void swappedMutantsAreReportedBeforeAndCleanAfter() {
        Random random = new Random(11);
        for (int round = 0; round < 8; round++) {
            int a = 1 + random.nextInt(59);
            int b = a + 1 + random.nextInt(60 - a);
            Document mutant = MiaText.parse(swap(SEED, "[" + a + "]", "[" + b + "]"));
            assertThat(numberingRules(mutant)).as("swap %d and %d", a, b).contains("numbering/out-of-order");
            Document fixed = MiaText.parse(Renumbering.of(mutant).text());
            assertThat(numberingRules(fixed)).as("after fixing the swap of %d and %d", a, b).isEmpty();
            assertThat(Checker.check(fixed)).isEmpty();
        }
    }

    @Test
    void aDroppedCitationLeavesOnlyTheUncitedEntry() {
        int at = SEED.indexOf("[17]");
        Document mutant = MiaText.parse(SEED.substring(0, at) + SEED.substring(at + 4));
        assertThat(Checker.check(mutant)).extracting(Diagnostic::ruleId).contains("notes/orphan");
        Document fixed = MiaText.parse(Renumbering.of(mutant).text());
        assertThat(numberingRules(fixed)).isEmpty();
        List<Diagnostic> after = Checker.check(fixed);
        assertThat(after).extracting(Diagnostic::ruleId).containsExactly("notes/orphan");
        assertThat(after.get(0).line()).isEqualTo(fixed.reference("17").orElseThrow().span().line());
    }
}
