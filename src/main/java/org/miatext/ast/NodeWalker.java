package org.miatext.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Walks a tree in source order: a node, then its children. */
public final class NodeWalker {

    private NodeWalker() {
    }

    /** The direct children of a node, in source order (empty for inline nodes and leaf blocks). */
    public static List<? extends Node> children(Node node) {
        if (node instanceof Entry entry) {
            return entry.blocks();
        }
        if (node instanceof TextBlock textBlock) {
            return textBlock.content();
        }
        return List.of();
    }

    /** Calls {@code action} on {@code node} and on every node below it, in source order. */
    public static void walk(Node node, Consumer<? super Node> action) {
        action.accept(node);
        for (Node child : children(node)) {
            walk(child, action);
        }
    }

    /** Every node of the given blocks and below them, in source order. */
    public static List<Node> allNodes(List<? extends Block> blocks) {
        List<Node> nodes = new ArrayList<>();
        for (Block block : blocks) {
            walk(block, nodes::add);
        }
        return nodes;
    }
}
