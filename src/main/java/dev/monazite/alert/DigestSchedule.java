package dev.monazite.alert;

import dev.monazite.digest.Digest;
import dev.monazite.digest.DigestFormat;
import dev.monazite.digest.DigestRequest;
import dev.monazite.digest.Digester;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.store.FactStore;
import dev.monazite.text.Texts;
import dev.monazite.workflow.Workflow;
import dev.monazite.workflow.WorkflowBook;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Set;

/**
 * A workflow's digest sent daily or weekly as an alert: once per UTC day, or per ISO week, over the
 * stories published since the period before. The period is the alert's key, so it goes out once.
 */
record DigestSchedule(String workflow, boolean weekly) {

    /**
     * Reads "WORKFLOW daily|weekly".
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    static DigestSchedule parse(String spec) {
        int space = spec.strip().lastIndexOf(' ');
        String every = space < 0 ? "" : Texts.cut(spec.strip(), space + 1, spec.strip().length());
        if (space < 0 || !every.equals("daily") && !every.equals("weekly")) {
            throw new IllegalArgumentException("digest '" + spec + "': write 'WORKFLOW daily' or 'WORKFLOW weekly'");
        }
        return new DigestSchedule(Texts.cut(spec.strip(), 0, space).strip(), every.equals("weekly"));
    }

    /** The period a run at this day falls in: "2026-12-07", or "2026-W49". */
    String period(LocalDate day) {
        return weekly ? day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d",
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) : day.toString();
    }

    /** The digest for the period that holds now, as an alert not yet numbered. */
    Alert digest(Watch w, Path dataDir, ArticleSearcher searcher, FactStore store, Clock clock) throws IOException {
        Workflow flow = WorkflowBook.open(dataDir).require(workflow);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate since = today.minusDays(weekly ? 7 : 1);
        Digest d = new Digester(searcher, store, dev.monazite.lexicon.Lexicon.load(dataDir), null, clock)
                .run(new DigestRequest(flow.name(), flow, since, 30, Set.of(), null)).digest();
        String period = period(today);
        String top = d.stories().isEmpty() ? "" : d.stories().get(0).article();
        return new Alert(0, w.name(), "digest:" + period, top, null, "Digest: " + flow.name() + ", " + period, null, null,
                DigestFormat.md.render(d), (weekly ? "weekly" : "daily") + " digest of workflow " + flow.name() + ": "
                + d.stories().size() + " stor" + (d.stories().size() == 1 ? "y" : "ies") + " since " + since,
                clock.instant());
    }
}
