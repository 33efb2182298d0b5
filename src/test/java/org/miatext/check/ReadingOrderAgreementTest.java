package org.miatext.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.miatext.MiaText;
import org.miatext.ast.Citation;
import org.miatext.ast.Document;
import org.miatext.fix.ReadingOrder;
import org.miatext.refs.Seeds;

/** The checker and the renumbering read a chapter's markers in one order, or a fix would not check clean. */
class ReadingOrderAgreementTest {

    @Test
    void theRenumberingReadsInTheCheckersOrder() {
        for (Document d : List.of(Seeds.document(),
                MiaText.parse("Text [10] and then [17] [2*].\n\n2*. See [19].\n\n10. Trotsky, and see [12].\n\n"
                        + "12. Lenin.\n\n17. Marx.\n\n19. Engels [10].\n"))) {
            List<Citation> checker = Checker.readingOrder(d).stream()
                    .filter(c -> c.kind() == Citation.Kind.REFERENCE).toList();
            assertThat(ReadingOrder.of(d)).containsExactlyElementsOf(checker);
        }
    }
}
