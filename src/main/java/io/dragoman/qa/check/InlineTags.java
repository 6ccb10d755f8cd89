package io.dragoman.qa.check;

import io.dragoman.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline markup of a text: TMX inline elements stored verbatim ({@code <bpt i="1">&lt;b&gt;</bpt>},
 * {@code <ept>}, {@code <ph>}, {@code <it>}, {@code <ut>} with their native code, {@code <hi>} and
 * {@code <sub>} as elements), plain HTML/Pango/DocBook tags ({@code <b>}, {@code <br/>},
 * {@code <a href="…">}) and the same tags escaped ({@code &lt;b&gt;}). Rich-text document wrappers
 * ({@code <qt>}, {@code <html>}, {@code <head>}, {@code <meta>}, {@code <style>}) do not count.
 *
 * <p>Attributes do not count (a translated link target or title is legitimate); a TMX code's
 * native content does. {@code <br>} and {@code <br/>} are the same. A name that is neither a known
 * markup tag nor opened and closed in the same text is prose, not markup: {@code <unknown>},
 * {@code <Ctrl>}, {@code <repo>} in a usage line are left alone.
 */
final class InlineTags {
    private static final Pattern TMX_CODE = Pattern.compile(
            "<(bpt|ept|ph|it|ut)\\b[^<>]*?(?:/>|>(.*?)</\\1\\s*>)", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile(
            "(<|&lt;)(/?)([A-Za-z][\\w:.-]*)((?:\\s+[^<>]*?)?)\\s*(/?)(>|&gt;)", Pattern.DOTALL);
    private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "meta", "nl", "wbr", "col");
    /** Rich-text wrappers: KDE translators rightly turn {@code <qt>} into {@code <html dir="rtl">}. */
    private static final Set<String> WRAPPERS = Set.of("html", "qt", "head", "body", "meta", "style", "!doctype");
    private static final Set<String> KNOWN = Set.of(
            "a", "abbr", "b", "big", "blockquote", "body", "br", "caption", "center", "cite", "code",
            "dd", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr",
            "html", "i", "img", "kbd", "li", "nl", "ol", "p", "pre", "q", "qt", "s", "samp", "small",
            "span", "strike", "strong", "style", "sub", "sup", "table", "tbody", "td", "th", "thead",
            "title", "tr", "tt", "u", "ul", "var", "wbr", "emphasis", "filename", "interface",
            "application", "command", "guimenu", "guilabel", "literal", "option", "replaceable",
            "userinput", "keycap", "para", "shortcut", "link", "hi", "g", "x", "bx", "ex", "mrk");

    enum Kind { OPEN, CLOSE, EMPTY }

    /** One tag: the key it is compared by ({@code <b>}, {@code </b>}, {@code <br/>}, {@code bpt:<b>}), its name and kind. */
    record Tag(String key, String name, Kind kind, Span span) {
    }

    private InlineTags() {
    }

    /** Spans of every tag, the rich-text wrappers included: stretches that are markup, not prose. */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        if (text.indexOf('<') < 0 && !text.contains("&lt;")) {
            return spans;
        }
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            spans.add(Span.of(m.start(), m.end()));
        }
        Matcher code = TMX_CODE.matcher(text);
        while (code.find()) {
            spans.add(Span.of(code.start(), code.end()));
        }
        return spans;
    }

    static List<Tag> find(String text) {
        List<Tag> tags = new ArrayList<>();
        if (text.indexOf('<') < 0 && !text.contains("&lt;")) {
            return tags;
        }
        boolean[] taken = new boolean[text.length()];
        Matcher code = TMX_CODE.matcher(text);
        while (code.find()) {
            String content = code.group(2) == null ? "" : code.group(2);
            String name = code.group(1);
            Kind kind = name.equals("bpt") ? Kind.OPEN : name.equals("ept") ? Kind.CLOSE : Kind.EMPTY;
            tags.add(new Tag(name + ":" + content, name, kind, Span.of(code.start(), code.end())));
            java.util.Arrays.fill(taken, code.start(), code.end(), true);
        }
        List<Tag> plain = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            if (taken[m.start()] || !m.group(1).equals(m.group(6).equals(">") ? "<" : "&lt;")) {
                continue;
            }
            String name = m.group(3).toLowerCase(Locale.ROOT);
            if (WRAPPERS.contains(name)) {
                continue;
            }
            Kind kind = !m.group(2).isEmpty() ? Kind.CLOSE
                    : !m.group(5).isEmpty() || VOID.contains(name) ? Kind.EMPTY : Kind.OPEN;
            String key = kind == Kind.CLOSE ? "</" + name + ">" : kind == Kind.EMPTY ? "<" + name + "/>" : "<" + name + ">";
            plain.add(new Tag(key, name, kind, Span.of(m.start(), m.end())));
        }
        Set<String> closed = new HashSet<>();
        plain.stream().filter(t -> t.kind() == Kind.CLOSE).forEach(t -> closed.add(t.name()));
        for (Tag tag : plain) {
            if (KNOWN.contains(tag.name()) || tag.kind() == Kind.EMPTY || closed.contains(tag.name())) {
                tags.add(tag);
            }
        }
        tags.sort(java.util.Comparator.comparingInt(t -> t.span().start()));
        return tags;
    }

    /**
     * Whether the tags nest properly: every close matches the latest open of its name and nothing
     * stays open. A TMX {@code bpt}/{@code ept} pair is matched by order.
     */
    static boolean isWellNested(List<Tag> tags) {
        Deque<String> open = new ArrayDeque<>();
        for (Tag tag : tags) {
            String name = tag.name().equals("ept") ? "bpt" : tag.name();
            if (tag.kind() == Kind.OPEN) {
                open.push(name);
            } else if (tag.kind() == Kind.CLOSE) {
                if (open.isEmpty() || !open.pop().equals(name)) {
                    return false;
                }
            }
        }
        return open.isEmpty();
    }
}
