package dev.monazite.scenario;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML node with its dotted field path and line, and typed, checked access to its children. */
final class YamlNode {
    final String file;
    final String path;
    final Node node;

    private YamlNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** Parses a document; a syntax error names the line it was found on. */
    static YamlNode parse(String file, Reader in) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(in);
            if (root == null) {
                throw new ScenarioException(file, 1, "", "the file is empty: a scenario needs name, horizon_months, "
                        + "disruption and supply");
            }
            YamlNode n = new YamlNode(file, "", root);
            n.mapping();
            return n;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new ScenarioException(file, line, "", "YAML syntax error: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ScenarioException(file, 1, "", "YAML error: " + e.getMessage());
        }
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    ScenarioException error(String problem) {
        return new ScenarioException(file, line(), path, problem);
    }

    /** The children of a mapping in file order; a repeated key is an error, not a silent overwrite. */
    Map<String, YamlNode> mapping() {
        if (!(node instanceof MappingNode m)) {
            throw error("expected a mapping (key: value lines), found " + describe());
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            YamlNode key = new YamlNode(file, path, t.getKeyNode());
            String name = key.scalar();
            YamlNode value = new YamlNode(file, path.isEmpty() ? name : path + "." + name, t.getValueNode());
            if (out.put(name, value) != null) {
                throw value.error("given twice");
            }
        }
        return out;
    }

    /** The children, having checked that every key is one of {@code allowed} and every {@code required} key is there. */
    Map<String, YamlNode> fields(Set<String> allowed, Set<String> required) {
        Map<String, YamlNode> m = mapping();
        for (YamlNode child : m.values()) {
            String key = child.path.substring(child.path.lastIndexOf('.') + 1);
            if (!allowed.contains(key)) {
                throw child.error("unknown field; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
        for (String r : required) {
            if (!m.containsKey(r)) {
                throw error("missing field '" + r + "'");
            }
        }
        return m;
    }

    List<YamlNode> sequence() {
        if (!(node instanceof SequenceNode s)) {
            throw error("expected a list, found " + describe());
        }
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < s.getValue().size(); i++) {
            out.add(new YamlNode(file, path + "[" + i + "]", s.getValue().get(i)));
        }
        return out;
    }

    String scalar() {
        if (!(node instanceof ScalarNode s)) {
            throw error("expected a single value, found " + describe());
        }
        return s.getValue();
    }

    String text() {
        String v = scalar().strip();
        if (v.isEmpty()) {
            throw error("empty value");
        }
        return v;
    }

    double number(double min, double max, String meaning) {
        String v = text();
        double d;
        try {
            d = Double.parseDouble(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw error("'" + v + "' is not a number (" + meaning + "): it must be between " + show(min) + " and "
                    + show(max));
        }
        if (!Double.isFinite(d)) {
            throw error("'" + v + "' is not a finite number (" + meaning + "): it must be between " + show(min)
                    + " and " + show(max));
        }
        if (d < min || d > max) {
            throw error(v + " is out of range: " + meaning + " must be between " + show(min) + " and " + show(max));
        }
        return d;
    }

    int integer(int min, int max, String meaning) {
        double d = number(min, max, meaning);
        if (d != Math.rint(d)) {
            throw error(scalar() + " is not a whole number of months (" + meaning + ")");
        }
        return (int) d;
    }

    private static String show(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v).replace(',', '_')
                : String.valueOf(v);
    }

    private String describe() {
        return node instanceof MappingNode ? "a mapping" : node instanceof SequenceNode ? "a list" : "'" + ((ScalarNode) node).getValue() + "'";
    }
}
