package dev.monazite.store;

import java.util.List;

/**
 * A policy act or event with the evidence and every source that reported it; date null when none
 * was stated.
 *
 * @param datedFrom where the date came from when the sentence does not state it; null when it does
 * @param vouched   whether an analyst confirmed or corrected one of its statements
 */
public record TimelineEvent(String date, String actor, String action, String target, String object, String evidence,
                            List<Conflict.Statement> sources, String datedFrom, boolean vouched) {
    public TimelineEvent {
        sources = List.copyOf(sources);
    }
}
