package org.miatext.refs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.miatext.diagnostic.Diagnostic;
import org.miatext.diagnostic.Severity;

/** Ibid., op. cit., loc. cit. and short forms resolved, and the checks on them. */
class ResolutionTest {

    private static String work(Bibliography b, int entry) {
        return b.entries().get(entry - 1).work().map(Work::display).orElse("?");
    }

    @Test
    void ibidChainsOfAnyLengthReachTheFullCitation() {
        String[] entries = new String[12];
        entries[0] = "Trotsky, Challenge (1923-25), p.200.";
        for (int i = 1; i < entries.length; i++) {
            entries[i] = "Ibid., p." + (200 + i) + ".";
        }
        Bibliography b = Chapters.bibliography(entries);
        for (int i = 2; i <= entries.length; i++) {
            assertThat(work(b, i)).isEqualTo("Trotsky, Challenge (1923-25)");
            assertThat(b.entries().get(i - 1).resolution().orElseThrow().antecedent()).contains(Integer.toString(i - 1));
        }
        assertThat(b.problems()).isEmpty();
    }

    @Test
    void ibidTakesTheVolumeAndEditionItPrints() {
        Bibliography b = Chapters.bibliography("V.I. Lenin, Sochineniia, Vol.27, p.387.",
                "Ibid., Third edition, Vol.25, pp.473-4.", "Ibid., p.475.");
        assertThat(work(b, 2)).isEqualTo("V.I. Lenin, Sochineniia, Third edition, Vol.25");
        assertThat(work(b, 3)).isEqualTo("V.I. Lenin, Sochineniia, Third edition, Vol.25");
    }

    @Test
    void ibidInTheMiddleMeansTheSameBook() {
        Bibliography b = Chapters.bibliography("L.B. Kamenev, The Party and Trotskyism, in Za Leninizm, Moscow 1925, p.70.",
                "Zinoviev, Bolshevism or Trotskyism, ibid., p.132.", "Ibid., pp.126-9.");
        Work w = b.entries().get(1).work().orElseThrow();
        assertThat(w.authors()).containsExactly("Zinoviev");
        assertThat(w.title()).contains("Bolshevism or Trotskyism");
        assertThat(w.container()).contains("Za Leninizm");
        assertThat(w.place()).contains("Moscow");
        assertThat(b.entries().get(1).sources().get(0).shorthand()).isEqualTo(Shorthand.IBID_CONTAINER);
        assertThat(work(b, 3)).isEqualTo(work(b, 2));
    }

    @Test
    void ibidInTheMiddleAfterAWholeBookMeansThatBook() {
        Bibliography b = Chapters.bibliography("Za Leninizm, Moscow 1925, p.3.",
                "N. Krupskaya, To the Question of the Lessons of October, ibid., pp.152-6.");
        assertThat(b.entries().get(1).work().flatMap(Work::container)).contains("Za Leninizm");
    }

    @Test
    void opCitMeansTheLastWorkOfThatAuthor() {
        Bibliography b = Chapters.bibliography("N. Krupskaya, Memories of Lenin, London 1930, p.5.",
                "Trotsky, My Life, p.516.", "N. Krupskaya, Reminiscences of Lenin, Moscow 1959, p.10.",
                "Trotsky, The Revolution Betrayed, p.2.", "Krupskaya, op. cit., p. 83.");
        assertThat(work(b, 5)).isEqualTo("N. Krupskaya, Reminiscences of Lenin, Moscow 1959");
        assertThat(b.entries().get(4).resolution().orElseThrow().antecedent()).contains("3");
        assertThat(b.problems()).isEmpty();
    }

    @Test
    void opCitWithATitleMeansThatTitle() {
        Bibliography b = Chapters.bibliography("K. Marx and F. Engels, The German Ideology, Moscow 1964, p.31.",
                "K. Marx, Capital, Vol.1, p.10.", "The German Ideology, op. cit., p.93.");
        assertThat(work(b, 3)).isEqualTo("K. Marx and F. Engels, The German Ideology, Moscow 1964");
    }

    @Test
    void shortFormMeansTheLastWorkOfThatAuthor() {
        Bibliography b = Chapters.bibliography("M. Eastman, Since Lenin Died, London 1925, p.5.",
                "Trotsky, My Life, p.516.", "Eastman, p.123.");
        assertThat(work(b, 3)).isEqualTo("M. Eastman, Since Lenin Died, London 1925");
        assertThat(b.entries().get(2).sources().get(0).shorthand()).isEqualTo(Shorthand.SHORT_FORM);
    }

    @Test
    void locCitWithoutAuthorMeansTheWorkJustCited() {
        Bibliography b = Chapters.bibliography("N. Barbon, A Discourse on Coining the New Money Lighter, London 1696, p. 53.",
                "l. c., p. 60.");
        assertThat(work(b, 2)).startsWith("N. Barbon, A Discourse");
    }

    @Test
    void ibidWithNothingBeforeItIsReported() {
        Bibliography b = Chapters.bibliography("Ibid., p.5.", "Trotsky, My Life, p.516.");
        Resolution r = b.entries().get(0).resolution().orElseThrow();
        assertThat(r.status()).isEqualTo(Resolution.Status.UNRESOLVED);
        assertThat(r.work()).isEmpty();
        Diagnostic d = b.problems().get(0);
        assertThat(d.ruleId()).isEqualTo("refs/ibid-without-antecedent");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(b.document().text(d.span())).isEqualTo("Ibid.");
    }

    @Test
    void ibidAfterAProseNoteIsReported() {
        Bibliography b = Chapters.bibliography("Trotsky, My Life, p.516.",
                "The general strike in Norway lasted from the end of May until the beginning of June and was called by the federation in solidarity.",
                "Ibid., p.5.");
        assertThat(Chapters.rules(b)).containsExactly("refs/ibid-without-antecedent");
        assertThat(b.problems().get(0).message()).contains("entry 2 names none");
    }

    @Test
    void opCitOfAnAuthorNeverCitedIsReported() {
        Bibliography b = Chapters.bibliography("Trotsky, My Life, p.516.", "Sukhanov, op. cit., p.290.");
        assertThat(Chapters.rules(b)).containsExactly("refs/op-cit-unknown-author");
        Resolution r = b.entries().get(1).resolution().orElseThrow();
        assertThat(r.status()).isEqualTo(Resolution.Status.UNRESOLVED);
        assertThat(r.work().orElseThrow().authors()).containsExactly("Sukhanov");
    }

    @Test
    void ibidAfterAnEntryCitingSeveralWorksIsAmbiguous() {
        Bibliography b = Chapters.bibliography(
                "N. Popov, Outline History of the CPSU, London n.d., Vol.2, p.216; KPSS v rez., Vol.1, pp.913-21.",
                "Ibid., p.922.");
        assertThat(Chapters.rules(b)).containsExactly("refs/ambiguous-ibid");
        Resolution r = b.entries().get(1).resolution().orElseThrow();
        assertThat(r.status()).isEqualTo(Resolution.Status.AMBIGUOUS);
        assertThat(r.work().flatMap(Work::title)).contains("KPSS v rez.");
    }

    @Test
    void shortFormWithNoFullCitationSaysSo() {
        Bibliography b = Chapters.bibliography("Eastman, p.123.");
        assertThat(Chapters.rules(b)).containsExactly("refs/short-form-unknown");
        assertThat(b.problems().get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void ibidAfterQuotedInMeansTheBookInHand() {
        Bibliography b = Chapters.bibliography(
                "Pravda, 13 December 1924, quoted in E.H. Carr, Socialism in One Country, Vol.2, London 1964, p.29.",
                "Ibid., p.30.");
        assertThat(work(b, 1)).isEqualTo("Pravda, 13 December 1924");
        assertThat(work(b, 2)).isEqualTo("E.H. Carr, Socialism in One Country, Vol.2, London 1964");
    }

    @Test
    void referenceChecksWorkOnTheirOwn() {
        Bibliography b = Chapters.bibliography("Ibid., p.5.");
        assertThat(ReferenceChecks.check(b.document())).isEqualTo(b.problems());
        assertThat(ReferenceChecks.check(Seeds.document())).extracting(Diagnostic::ruleId)
                .containsExactly("refs/short-form-unknown");
    }
}
