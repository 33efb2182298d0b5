package org.miatext.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz tests, one per entry point (see {@link EntryPoints} for the properties).
 *
 * <p>In {@code mvn verify} Jazzer runs in regression mode: each test runs once on every file of
 * the committed seed corpus, {@code src/test/resources/org/miatext/robustness/FuzzTestsInputs/}
 * (shared by all tests; a crash the fuzzer finds goes into the sub-folder named after its test),
 * and on the empty input. To fuzz one entry point for {@value #DURATION} (README, "Robustness"):
 * <pre>
 * JAZZER_FUZZ=1 mvn test -Dtest='FuzzTests#parse'
 * </pre>
 * Only one fuzz test can be fuzzed per run; the generated corpus goes to {@code .cifuzz-corpus/}.
 */
class FuzzTests {

    /** How long one fuzzing run lasts (regression runs ignore it). */
    static final String DURATION = "10m";

    @FuzzTest(maxDuration = DURATION)
    void parse(byte[] input) {
        EntryPoints.parse(FuzzText.decode(input));
    }

    @FuzzTest(maxDuration = DURATION)
    void fix(byte[] input) {
        EntryPoints.fix(FuzzText.decode(input));
    }

    @FuzzTest(maxDuration = DURATION)
    void textRenderer(byte[] input) {
        EntryPoints.textRenderer(FuzzText.decode(input));
    }

    @FuzzTest(maxDuration = DURATION)
    void jsonRenderer(byte[] input) {
        EntryPoints.jsonRenderer(FuzzText.decode(input));
    }

    @FuzzTest(maxDuration = DURATION)
    void outlineRenderer(byte[] input) {
        EntryPoints.outlineRenderer(FuzzText.decode(input));
    }

    @FuzzTest(maxDuration = DURATION)
    void htmlRenderer(byte[] input) {
        EntryPoints.htmlRenderer(FuzzText.decode(input));
    }

    @FuzzTest(maxDuration = DURATION)
    void markdownRenderer(byte[] input) {
        EntryPoints.markdownRenderer(FuzzText.decode(input));
    }

    @FuzzTest(maxDuration = DURATION)
    void teiRenderer(byte[] input) {
        EntryPoints.teiRenderer(FuzzText.decode(input));
    }

    @FuzzTest(maxDuration = DURATION)
    void check(byte[] input) {
        EntryPoints.check(FuzzText.decode(input));
    }

    @FuzzTest(maxDuration = DURATION)
    void decodeUtf8(byte[] input) {
        EntryPoints.decodeUtf8(input);
    }
}
