package org.newsevents.extractor.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.extractor.dates.DateAssertions.dates;

import org.junit.jupiter.api.Test;

/** Invented sentences in the style of other outlets and sanctions regimes, to show the rules generalize. */
class UnseenNewsDatesTest {

    @Test
    void readsAnIranSanctionsWireStory() {
        String text = "DUBAI, March 3 (Reuters) - The United States on Thursday imposed sanctions on six companies "
                + "it accused of shipping Iranian oil, the Treasury said, weeks after talks stalled in Vienna. "
                + "Washington first blacklisted the network in 2019.";
        assertThat(dates(text, "2022-03-03"))
                .containsExactly("March 3=2022-03-03", "Thursday=2022-03-03", "2019=2019");
    }

    @Test
    void readsAVenezuelaStoryWithAFutureExpiry() {
        String text = "CARACAS, Oct 17 - The general license that eased oil sanctions on Venezuela expires on April 18, "
                + "and Washington will decide next month whether to renew it, officials said on Tuesday.";
        assertThat(dates(text, "2023-10-17"))
                .containsExactly("Oct 17=2023-10-17", "April 18=2024-04-18", "next month=2023-11", "Tuesday=2023-10-17");
    }

    @Test
    void readsAnEuCouncilPressRelease() {
        String text = "Brussels, 24 June 2024. The Council today adopted a 14th package of sanctions against Russia. "
                + "The previous package was agreed in February, two years after the full-scale invasion of 2022.";
        assertThat(dates(text, "2024-06-24"))
                .containsExactly("24 June 2024=2024-06-24", "today=2024-06-24", "February=2024-02", "2022=2022");
    }

    @Test
    void readsAUnSecurityCouncilStory() {
        String text = "The panel of experts, whose mandate expired on 30 April, reported last year that resolution 1718 "
                + "was being violated. Its final report was due on Friday.";
        assertThat(dates(text, "2024-05-08"))
                .containsExactly("30 April=2024-04-30", "last year=2023", "Friday=2024-05-10");
    }

    @Test
    void readsAMyanmarStoryWithDaysAgo() {
        String text = "Britain sanctioned two Myanmar jet-fuel suppliers four days ago, and the EU followed on Wednesday "
                + "with its own listings, the first since the February 2021 coup.";
        assertThat(dates(text, "2023-11-03"))
                .containsExactly("four days ago=2023-10-30", "Wednesday=2023-11-01", "February 2021=2021-02");
    }
}
