package dev.monazite.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowBookTest {
    @TempDir
    Path data;

    private static Workflow magnets() {
        return new Workflow("magnets", "magnet", List.of("NdFeB-magnet"), List.of("en"), List.of("Nikkei"), 7);
    }

    @Test
    void open_emptyDataDir_hasTheFourDefaults() {
        List<String> names = WorkflowBook.open(data).list().stream().map(Workflow::name).toList();
        assertEquals(List.of("稀土", "稀土产业链", "钕铁硼永磁体", "出口管制"), names);
        assertFalse(Files.exists(data.resolve(WorkflowBook.FILE)), "nothing written until something changes");
    }

    @Test
    void add_thenReopen_keepsTheWorkflowAndTheDefaults() {
        WorkflowBook.open(data).add(magnets(), false);
        WorkflowBook again = WorkflowBook.open(data);
        assertEquals(magnets(), again.require("magnets"));
        assertEquals(5, again.list().size());
    }

    @Test
    void add_existingNameWithoutReplace_fails() {
        WorkflowBook book = WorkflowBook.open(data);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> book.add(new Workflow("稀土", "x", null, null, null, null), false));
        assertTrue(e.getMessage().contains("--replace"));
        book.add(new Workflow("稀土", "x", null, null, null, null), true);
        assertEquals("x", WorkflowBook.open(data).require("稀土").query());
    }

    @Test
    void remove_default_staysRemovedAndForgetsWhatItShowed() {
        WorkflowBook book = WorkflowBook.open(data);
        book.remember("出口管制", List.of("a", "b"));
        book.remove("出口管制");
        WorkflowBook again = WorkflowBook.open(data);
        assertTrue(again.get("出口管制").isEmpty());
        assertEquals(Set.of(), again.shown("出口管制"));
    }

    @Test
    void remove_unknown_namesTheWorkflowsThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkflowBook.open(data).remove("nope"));
        assertTrue(e.getMessage().contains("no workflow named 'nope'") && e.getMessage().contains("稀土产业链"));
    }

    @Test
    void remember_accumulatesAcrossRuns() {
        WorkflowBook.open(data).remember("稀土", List.of("c1", "c2"));
        WorkflowBook.open(data).remember("稀土", List.of("c2", "c3"));
        assertEquals(Set.of("c1", "c2", "c3"), WorkflowBook.open(data).shown("稀土"));
        assertEquals(Set.of(), WorkflowBook.open(data).shown("稀土产业链"));
    }

    @Test
    void new_withoutQueryOrEntity_fails() {
        assertThrows(IllegalArgumentException.class, () -> new Workflow("x", " ", List.of(), null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Workflow("x", "q", null, null, null, 0));
    }

    @Test
    void open_corruptFile_namesItAndWhatToDo() throws Exception {
        Files.writeString(data.resolve(WorkflowBook.FILE), "{not json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkflowBook.open(data));
        assertTrue(e.getMessage().contains(WorkflowBook.FILE) && e.getMessage().contains("delete it"));
    }
}
