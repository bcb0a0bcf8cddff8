package dev.monazite.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The products scenarios may name, the stage each is traded at, and the broader product whose figures stand in for it. */
public final class Products {
    private static final Map<String, String> PARENT = Map.of(
            "Dy", "HREE", "Tb", "HREE", "HREE", "REE", "Nd", "NdPr", "Pr", "NdPr", "NdPr", "LREE", "LREE", "REE",
            "NdFeB-magnet", "REE-magnet");
    private static final Set<String> MAGNETS = Set.of("NdFeB-magnet", "REE-magnet", "SmCo-magnet");
    public static final Set<String> ALL = Set.of("REE", "LREE", "HREE", "NdPr", "Nd", "Pr", "Dy", "Tb",
            "NdFeB-magnet", "REE-magnet", "SmCo-magnet");

    private Products() {}

    public static boolean known(String product) {
        return ALL.contains(product);
    }

    /** Separated oxides and metals are refining-stage products; magnets are magnet-stage products. */
    public static Stage stage(String product) {
        return MAGNETS.contains(product) ? Stage.MAGNET : Stage.REFINING;
    }

    /** The product, then each broader product whose figures may stand in for it: Dy, HREE, REE. */
    static List<String> lineage(String product) {
        List<String> out = new ArrayList<>();
        for (String p = product; p != null; p = PARENT.get(p)) {
            out.add(p);
        }
        return out;
    }
}
