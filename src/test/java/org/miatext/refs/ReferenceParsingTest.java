package org.miatext.refs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fields read from entries of the kinds a handwritten bibliography has. */
class ReferenceParsingTest {

    private static CitedSource only(String entry) {
        BibliographyEntry e = Chapters.bibliography(entry).entries().get(0);
        assertThat(e.sources()).hasSize(1);
        return e.sources().get(0);
    }

    private static List<String> pages(CitedSource s) {
        return s.locators().stream().flatMap(l -> l.pages().stream()).map(PageRange::toString).toList();
    }

    @Test
    void authorTitleContainerPlaceYearAndPage() {
        CitedSource s = only("L.B. Kamenev, The Party and Trotskyism, in Za Leninizm, Moscow 1925, p.70.");
        assertThat(s.authors()).containsExactly("L.B. Kamenev");
        assertThat(s.title()).contains("The Party and Trotskyism");
        assertThat(s.container()).contains("Za Leninizm");
        assertThat(s.place()).contains("Moscow");
        assertThat(s.date()).contains("1925");
        assertThat(pages(s)).containsExactly("70");
        assertThat(s.shorthand()).isEqualTo(Shorthand.NONE);
        assertThat(s.text()).isEqualTo("L.B. Kamenev, The Party and Trotskyism, in Za Leninizm, Moscow 1925, p.70.");
    }

    @Test
    void locatorsOfEveryPrintedForm() {
        assertThat(pages(only("Stalin, Works, Vol.6, pp.342-3."))).containsExactly("342-343");
        assertThat(pages(only("Protokoll des Kongresses, (n.d.), Vol.2, pp.583, 619."))).containsExactly("583", "619");
        assertThat(pages(only("Trotsky, 1905, pages 131-2 and 136."))).containsExactly("131-132", "136");
        assertThat(pages(only("Lenin, Works, volume 10, page 162."))).containsExactly("162");
        assertThat(pages(only("Bullock, Vol. 2, pp. 300\u20131."))).containsExactly("300-301");
        assertThat(pages(only("R. Pethybridge, The Spread of the Russian Revolution, London 1971, p. 342.")))
                .containsExactly("342");
        CitedSource ff = only("Carr, The Bolshevik Revolution, Vol.1, pp.1123-31ff.");
        assertThat(pages(ff)).containsExactly("1123-1131");
        assertThat(ff.locators().get(0).following()).isTrue();
    }

    @Test
    void editionVolumeAndUndated() {
        CitedSource s = only("N. Popov, Outline History of the CPSU, London n.d., Vol.2, p.216.");
        assertThat(s.place()).contains("London");
        assertThat(s.undated()).isTrue();
        assertThat(s.volume()).contains("2");
        CitedSource e = only("V.I. Lenin, Sochineniia, Third edition, Vol.25, pp.473-4.");
        assertThat(e.edition()).contains("Third edition");
        assertThat(e.volume()).contains("25");
    }

    @Test
    void prefixAndPublisher() {
        CitedSource s = only("See Stalin, The Theory and Practice of Leninism, Communist Party of Great Britain, 1925, pp.455-6.");
        assertThat(s.prefix()).contains("See");
        assertThat(s.authors()).containsExactly("Stalin");
        assertThat(s.publisher()).contains("Communist Party of Great Britain");
        assertThat(s.date()).contains("1925");
        CitedSource p = only("C. Harman, Bureaucracy and Revolution in Eastern Europe (London, Pluto Press, 1974), p.137.");
        assertThat(p.title()).contains("Bureaucracy and Revolution in Eastern Europe");
        assertThat(p.place()).contains("London");
        assertThat(p.publisher()).contains("Pluto Press");
        assertThat(p.date()).contains("1974");
    }

    @Test
    void newspaperWithFullDate() {
        CitedSource s = only("Sunday Worker, 2 August 1925.");
        assertThat(s.authors()).isEmpty();
        assertThat(s.title()).contains("Sunday Worker");
        assertThat(s.date()).contains("2 August 1925");
        CitedSource us = only("Daily Worker, August 15, 1958.");
        assertThat(us.date()).contains("August 15, 1958");
    }

    @Test
    void quotedInIsANestedSource() {
        CitedSource s = only("Pravda, 13 December 1924, quoted in E.H. Carr, Socialism in One Country, Vol.2, London 1964, p.29.");
        assertThat(s.title()).contains("Pravda");
        assertThat(s.date()).contains("13 December 1924");
        assertThat(s.locators()).isEmpty();
        CitedSource q = s.quotedIn().orElseThrow();
        assertThat(q.authors()).containsExactly("E.H. Carr");
        assertThat(q.title()).contains("Socialism in One Country");
        assertThat(q.volume()).contains("2");
        assertThat(pages(q)).containsExactly("29");
    }

    @Test
    void severalSourcesInOneEntry() {
        BibliographyEntry e = Chapters.bibliography(
                "N. Popov, Outline History of the CPSU, London n.d., Vol.2, p.216; KPSS v rez., Vol.1, pp.913-21.").entries().get(0);
        assertThat(e.sources()).hasSize(2);
        assertThat(e.sources().get(1).title()).contains("KPSS v rez.");
        assertThat(pages(e.sources().get(1))).containsExactly("913-921");
        assertThat(e.sources().get(1).span().offset()).isGreaterThan(e.sources().get(0).span().end());
    }

    @Test
    void twoAuthorsAndAContainerWithItsOwnAuthors() {
        CitedSource s = only("K. Marx and F. Engels, Manifesto of the Communist Party, in K. Marx and F. Engels, "
                + "Collected Works, Vol.6 p.486.");
        assertThat(s.authors()).containsExactly("K. Marx", "F. Engels");
        assertThat(s.container()).contains("Collected Works");
        assertThat(s.volume()).contains("6");
        assertThat(pages(s)).containsExactly("486");
    }

    @Test
    void proseAfterTheCitationIsAComment() {
        BibliographyEntry e = Chapters.bibliography(
                "Malthus, \u201CPrinciples of Political Economy,\u201D pp. 215, 319. In this work, Malthus finally discovers the Trinity.")
                .entries().get(0);
        assertThat(e.sources().get(0).title()).contains("Principles of Political Economy");
        assertThat(pages(e.sources().get(0))).containsExactly("215", "319");
        assertThat(e.comment()).contains("In this work, Malthus finally discovers the Trinity.");
    }

    @Test
    void aLongSentenceIsProseNotACitation() {
        BibliographyEntry e = Chapters.bibliography(
                "The general strike in Norway lasted from the end of May until the beginning of June and was called by the federation in solidarity.")
                .entries().get(0);
        assertThat(e.isProse()).isTrue();
        assertThat(e.work()).isEmpty();
    }

    @Test
    void spansPointIntoTheSource() {
        Bibliography b = Chapters.bibliography("Stalin, Works, Vol.6, p.341.", "Ibid., p.342.");
        CitedSource ibid = b.entries().get(1).sources().get(0);
        assertThat(b.document().text(ibid.span())).isEqualTo("Ibid., p.342.");
        assertThat(b.document().text(ibid.shorthandSpan().orElseThrow())).isEqualTo("Ibid.");
        assertThat(ibid.span().line()).isEqualTo(b.entries().get(1).span().line());
    }
}
