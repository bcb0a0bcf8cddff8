package dev.monazite.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.facts.Fact;
import dev.monazite.store.Conflict;
import dev.monazite.store.FactRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainBuilderTest {
    private static FactRow share(String subject, String metric, String scope, double value, String date) {
        Fact f = new Fact("share", Map.of("subject", subject, "metric", metric, "commodity", "REE", "scope", scope), value,
                null, null, null, date, new Fact.Evidence("a1", 1, 0, 10, "text " + value), "test", 0.6);
        return new FactRow(f, "Outlet", null, List.of("f.txt"));
    }

    private static ChainModel.Node node(ChainModel m, Stage stage, String place) {
        return m.stage(stage).stream().filter(n -> n.place().equals(place)).findFirst().orElseThrow();
    }

    @Test
    void build_referenceOnly_everyStageSumsTo100AndCitesItsSource() {
        for (String commodity : ChainBuilder.commodities()) {
            ChainModel m = ChainBuilder.build(commodity, List.of(), List.of());
            for (Stage s : Stage.values()) {
                double sum = m.stage(s).stream().mapToDouble(n -> n.share().value()).sum();
                assertEquals(100, sum, 1e-6, commodity + " " + s);
                m.stage(s).forEach(n -> assertTrue(n.share().provenance().source().contains("http"), n.toString()));
            }
        }
    }

    @Test
    void build_reference_chinaLeadsRefiningAtIeaShare() {
        ChainModel m = ChainBuilder.build("magnet-REE", List.of(), List.of());
        ChainModel.Concentration refining = m.concentration().get(Stage.REFINING.ordinal());
        assertEquals("CN", refining.top());
        assertEquals(91.3, refining.top1Share(), 0.05);
        assertTrue(refining.hhi() > 8000, "HHI " + refining.hhi());
    }

    @Test
    void build_flowsIntoEachStage_addUpToItsVolume() {
        ChainModel m = ChainBuilder.build("REE", List.of(), List.of());
        for (Stage s : List.of(Stage.REFINING, Stage.MAGNET, Stage.END_USE)) {
            double nodes = m.stage(s).stream().mapToDouble(n -> n.volume().value()).sum();
            double links = m.links().stream().filter(l -> l.target().startsWith(s.id() + ":"))
                    .mapToDouble(ChainModel.Link::value).sum();
            assertEquals(nodes, links, nodes * 1e-9, s.id());
        }
    }

    @Test
    void build_newerCorpusFact_replacesShareAndRescalesOthers() {
        Conflict c = new Conflict("share", Map.of("subject", "CN", "metric", "refining", "commodity", "REE", "scope", "WORLD"),
                "claim", "2026", Conflict.Kind.BETWEEN_OUTLETS,
                List.of(new Conflict.Value(60.0, null, null, null, "2026-01-18", List.of()),
                new Conflict.Value(90.0, null, null, null, "2026", List.of())), 30, 40, 90, 2);
        ChainModel m = ChainBuilder.build("REE", List.of(share("CN", "refining", "WORLD", 90, "2026-01-18"),
                share("CN", "refining", "WORLD", 60, "2026-01-18"), share("CN", "refining", "WORLD", 90, "2026")), List.of(c));
        ChainModel.Node cn = node(m, Stage.REFINING, "CN");
        assertEquals(90, cn.share().value(), 1e-9);
        assertEquals("fact", cn.share().provenance().kind());
        assertTrue(cn.share().provenance().conflict().contains("60%"), cn.share().provenance().conflict());
        assertEquals(100, m.stage(Stage.REFINING).stream().mapToDouble(n -> n.share().value()).sum(), 1e-6);
        assertEquals("derived", node(m, Stage.REFINING, "MY").share().provenance().kind());
    }

    @Test
    void build_olderCorpusFact_leavesReference() {
        ChainModel m = ChainBuilder.build("REE", List.of(share("CN", "refining", "WORLD", 50, "2023")), List.of());
        assertEquals(91.3, node(m, Stage.REFINING, "CN").share().value(), 0.05);
        assertTrue(node(m, Stage.REFINING, "CN").share().provenance().source().contains("IEA Critical Minerals Dataset"));
    }

    @Test
    void importMix_newerSupplyToFact_updatesRecipientDependence() {
        ChainModel m = ChainBuilder.build("REE", List.of(share("CN", "supply_to", "JP", 70, "2026-02-03")), List.of());
        ChainModel.Dependence cn = m.importMix("JP", "REE").stream().filter(d -> d.supplier().equals("CN")).findFirst()
                .orElseThrow();
        assertEquals(70, cn.share().value(), 1e-9);
        assertNull(cn.share().provenance().conflict());
        assertEquals(100, m.importMix("JP", "REE").stream().mapToDouble(d -> d.share().value()).sum(), 1e-6);
    }

    @Test
    void importMix_noRegionalFigure_fallsBackToWorldStageShares() {
        ChainModel m = ChainBuilder.build("REE", List.of(), List.of());
        ChainModel.Dependence cn = m.importMix("EU", "NdFeB-magnet").get(0);
        assertEquals("CN", cn.supplier());
        assertEquals(94, cn.share().value(), 1e-9);
        assertTrue(cn.share().provenance().source().startsWith("no import-source figure for EU"));
    }

    @Test
    void build_unknownCommodity_namesTheOption() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChainBuilder.build("Li", List.of(), List.of()))
                .getMessage().startsWith("--commodity 'Li'"));
    }
}
