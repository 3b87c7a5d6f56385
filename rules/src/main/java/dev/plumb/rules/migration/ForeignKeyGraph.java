package dev.plumb.rules.migration;

import dev.plumb.core.model.ForeignKey;
import dev.plumb.core.model.ObjectPath;
import dev.plumb.core.model.Schema;
import dev.plumb.core.model.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Tables as nodes and foreign keys as edges, and the cycles in it. */
final class ForeignKeyGraph {

  private final Map<ObjectPath, TreeSet<ObjectPath>> edges = new LinkedHashMap<>();

  ForeignKeyGraph(Schema schema) {
    for (Table table : schema.allTables()) {
      TreeSet<ObjectPath> targets = new TreeSet<>();
      for (ForeignKey key : table.foreignKeys()) {
        // A table that references itself is a tree, not a cycle between tables.
        if (!key.referencedTable().equals(table.path()) && schema.table(key.referencedTable()).isPresent()) {
          targets.add(key.referencedTable());
        }
      }
      edges.put(table.path(), targets);
    }
  }

  /**
   * One cycle per group of tables that reach each other: the shortest one through the group's first table (by
   * name), as the tables along it, so that the same schema always gives the same path.
   */
  List<List<ObjectPath>> cycles() {
    List<List<ObjectPath>> cycles = new ArrayList<>();
    for (List<ObjectPath> component : stronglyConnected()) {
      if (component.size() > 1) {
        ObjectPath start = component.stream().min(ObjectPath::compareTo).orElseThrow();
        cycles.add(shortestCycle(start, new TreeSet<>(component)));
      }
    }
    cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
    return cycles;
  }

  private List<ObjectPath> shortestCycle(ObjectPath start, TreeSet<ObjectPath> within) {
    Map<ObjectPath, ObjectPath> cameFrom = new HashMap<>();
    Deque<ObjectPath> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      ObjectPath at = queue.poll();
      for (ObjectPath next : edges.get(at)) {
        if (next.equals(start)) {
          List<ObjectPath> path = new ArrayList<>();
          for (ObjectPath step = at; step != null; step = cameFrom.get(step)) {
            path.add(0, step);
          }
          return path;
        }
        if (within.contains(next) && !cameFrom.containsKey(next)) {
          cameFrom.put(next, at);
          queue.add(next);
        }
      }
    }
    throw new IllegalStateException("no cycle through " + start);
  }

  /** Tarjan's algorithm, iterative so that a long chain of tables cannot overflow the stack. */
  private List<List<ObjectPath>> stronglyConnected() {
    Map<ObjectPath, Integer> index = new HashMap<>();
    Map<ObjectPath, Integer> low = new HashMap<>();
    Deque<ObjectPath> stack = new ArrayDeque<>();
    Set<ObjectPath> onStack = new HashSet<>();
    List<List<ObjectPath>> components = new ArrayList<>();
    for (ObjectPath root : edges.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Map.Entry<ObjectPath, Iterator<ObjectPath>>> work = new ArrayDeque<>();
      visit(root, index, low, stack, onStack, work);
      while (!work.isEmpty()) {
        var frame = work.peek();
        ObjectPath node = frame.getKey();
        if (frame.getValue().hasNext()) {
          ObjectPath next = frame.getValue().next();
          if (!index.containsKey(next)) {
            visit(next, index, low, stack, onStack, work);
          } else if (onStack.contains(next)) {
            low.put(node, Math.min(low.get(node), index.get(next)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          ObjectPath parent = work.peek().getKey();
          low.put(parent, Math.min(low.get(parent), low.get(node)));
        }
        if (low.get(node).equals(index.get(node))) {
          List<ObjectPath> component = new ArrayList<>();
          ObjectPath member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(node));
          components.add(component);
        }
      }
    }
    return components;
  }

  private void visit(ObjectPath node, Map<ObjectPath, Integer> index, Map<ObjectPath, Integer> low,
                     Deque<ObjectPath> stack, Set<ObjectPath> onStack,
                     Deque<Map.Entry<ObjectPath, Iterator<ObjectPath>>> work) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    work.push(Map.entry(node, edges.get(node).iterator()));
  }
}
