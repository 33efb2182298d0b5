package org.miatext.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.miatext.MiaText;

class OutlineRendererTest {

    /** Found by the property tests: a footer over two lines broke the one-line-per-block outline. */
    @Test
    void aFooterOverSeveralLinesTakesOneOutlineLine() {
        String outline = OutlineRenderer.render(MiaText.parse("Text.\r\rLast updated on\r\n 20 August 2009\r\n"));

        assertThat(outline.lines()).hasSize(3);
        assertThat(outline).contains("footer             Last updated on 20 August 2009\n");
    }

    /** A chapter's text cannot drive the terminal: controls in a preview are shown escaped. */
    @Test
    void controlCharactersInAPreviewAreShownEscaped() {
        String outline = OutlineRenderer.render(MiaText.parse("Red \u001B[31malert\u0000 here\u0085 now."));

        assertThat(outline).contains("Red \\u001B[31malert\\u0000 here\\u0085 now.").doesNotContain("\u001B", "\u0000");
    }
}
