package org.miatext.refs;

import java.util.List;
import java.util.Optional;
import org.miatext.ast.SourceSpan;

/**
 * One source named in a bibliography entry, split into the fields a historian reads in it. An
 * entry usually names one source; {@code ...p.216; KPSS v rez., Vol.1, pp.913-21.} names two.
 *
 * <p>Fields hold the text as printed, trimmed of the commas around it; absent fields are empty.
 * A shorthand ({@code Ibid.}, {@code op. cit.}) is recorded in {@link #shorthand()}: its fields
 * then hold only what the entry itself prints, and {@link Bibliography} resolves the rest.
 *
 * @param text          the source's text as printed
 * @param span          where it lies in the chapter
 * @param prefix        a signal such as {@code See}, {@code Cf.}, {@code Quoted in}
 * @param authors       authors or editors as printed, one per element ({@code "K. Marx"}, {@code "F. Engels"})
 * @param title         the title of the work or piece
 * @param container     the book or journal the piece is in ({@code "Za Leninizm"})
 * @param edition       {@code "Third edition"}
 * @param volume        the volume number or numeral ({@code "25"})
 * @param issue         the number of a journal issue ({@code "2"})
 * @param part          the part ({@code "2"})
 * @param place         the place of publication
 * @param publisher     the publisher
 * @param date          the year or full date as printed ({@code "1925"}, {@code "13 December 1924"})
 * @param undated       true when the entry says {@code n.d.}
 * @param quotedIn      the source the cited text was read in ({@code quoted in E.H. Carr, ...})
 * @param locators      the pages cited
 * @param shorthand     how the source names its work
 * @param shorthandSpan where the words that stand for the work lie ({@code Ibid.}, {@code Eastman},
 *                      {@code Krupskaya, op. cit.}), for rewriting them
 */
public record CitedSource(String text, SourceSpan span, Optional<String> prefix, List<String> authors,
                          Optional<String> title, Optional<String> container, Optional<String> edition,
                          Optional<String> volume, Optional<String> issue, Optional<String> part,
                          Optional<String> place, Optional<String> publisher, Optional<String> date,
                          boolean undated, Optional<CitedSource> quotedIn, List<Locator> locators,
                          Shorthand shorthand, Optional<SourceSpan> shorthandSpan) {

    public CitedSource {
        authors = List.copyOf(authors);
        locators = List.copyOf(locators);
    }

    /** True when the source names at least an author or a title, and the pages. */
    public boolean isComplete() {
        return (!authors.isEmpty() || title.isPresent() || shorthand == Shorthand.IBID) && !locators.isEmpty();
    }
}
