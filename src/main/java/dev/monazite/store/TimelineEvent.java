package dev.monazite.store;

import java.util.List;

/** A policy act or event with the evidence and every source that reported it; date null when none was stated. */
public record TimelineEvent(String date, String actor, String action, String target, String object, String evidence,
                            List<Conflict.Source> sources) {
    public TimelineEvent {
        sources = List.copyOf(sources);
    }
}
