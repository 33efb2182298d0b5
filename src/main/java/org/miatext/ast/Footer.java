package org.miatext.ast;

/**
 * The page's "Last updated on ..." line.
 *
 * @param text     the whole line as printed
 * @param dateText what follows "Last updated" and an optional "on" or colon ("5 August 2009")
 * @param span     where it lies
 */
public record Footer(String text, String dateText, SourceSpan span) implements Block {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFooter(this);
    }
}
