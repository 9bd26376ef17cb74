package io.github.articlenorm.formats.html.internal;

import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

import java.util.Arrays;

/**
 * A depth-first walk for visitors that only read the tree: the same calls, in the same order and with the same
 * depths, as {@link Node#traverse(NodeVisitor)}, but each child is found by its position in its parent's list, where
 * Jsoup's traversal asks every node for its next sibling (a look-up of the node's own index each time). The visitor
 * must not add, move or remove nodes.
 */
final class Walk {

    private Walk() {
    }

    /** Calls {@code head} on every node under the root (the root included) before its children, {@code tail} after. */
    static void readOnly(Node root, NodeVisitor visitor) {
        Node[] open = new Node[64];
        int[] nextChild = new int[64];
        int depth = 0;
        open[0] = root;
        visitor.head(root, 0);
        while (depth >= 0) {
            Node parent = open[depth];
            int i = nextChild[depth];
            if (i >= parent.childNodeSize()) {
                visitor.tail(parent, depth);
                depth--;
                continue;
            }
            nextChild[depth] = i + 1;
            Node child = parent.childNode(i);
            visitor.head(child, depth + 1);
            if (child.childNodeSize() == 0) {
                visitor.tail(child, depth + 1);
                continue;
            }
            depth++;
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
                nextChild = Arrays.copyOf(nextChild, depth * 2);
            }
            open[depth] = child;
            nextChild[depth] = 0;
        }
    }
}
