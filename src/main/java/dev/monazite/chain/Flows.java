package dev.monazite.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flows between two adjacent stages from their shares alone (no bilateral trade table is sourced):
 * each downstream producer takes what its own country makes upstream first, and the rest of its
 * input from the other producers' surpluses in proportion to their size.
 */
final class Flows {
    private static final String FROM_SHARES = "computed from the two stages' shares (no bilateral trade table is sourced)";
    private Flows() {}

    static List<ChainModel.Link> between(Stage from, StageFigures up, Stage to, StageFigures down) {
        Map<String, Figure> u = up.shares();
        Map<String, Figure> d = down.shares();
        double surplusTotal = 0;
        for (String i : u.keySet()) {
            surplusTotal += surplus(i, u, d);
        }
        List<ChainModel.Link> links = new ArrayList<>();
        double volume = down.total().value();
        for (String j : d.keySet()) {
            double own = Math.min(share(u, j), share(d, j));
            double need = share(d, j) - own;
            for (String i : u.keySet()) {
                double fraction = (i.equals(j) ? own : 0) + (surplusTotal > 0 ? need * surplus(i, u, d) / surplusTotal : 0);
                if (fraction > 1e-9) {
                    links.add(new ChainModel.Link(from.id() + ":" + i, to.id() + ":" + j, fraction * volume,
                            down.total().unit(), Provenance.derived("domestic supply first, the rest pro rata to other "
                            + "producers' surpluses", FROM_SHARES)));
                }
            }
        }
        return links;
    }

    private static double surplus(String place, Map<String, Figure> u, Map<String, Figure> d) {
        return Math.max(0, share(u, place) - share(d, place));
    }

    private static double share(Map<String, Figure> m, String place) {
        Figure f = m.get(place);
        return f == null ? 0 : f.value() / 100;
    }
}
