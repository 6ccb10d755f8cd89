package io.dragoman.xliff;

import io.dragoman.match.Match;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The XML Dragoman adds to an XLIFF file: a filled target with the attributes that say how sure
 * it is, and the other matches (1.2 {@code alt-trans}, 2.0 matches module). Attributes already on
 * a start tag stay as they are, except those Dragoman owns (state, state-qualifier, subState).
 */
final class TargetMarkup {
    static final String MATCHES_NS = "urn:oasis:names:tc:xliff:matches:2.0";
    private static final Pattern NAME = Pattern.compile("^<([^\\s/>]+)");

    private TargetMarkup() {
    }

    /** The target's attributes: final for 100 and 101, a draft to review below. */
    static Map<String, String> targetState(XliffVersion version, int score) {
        Map<String, String> attributes = new LinkedHashMap<>();
        boolean exact = score >= 100;
        if (version == XliffVersion.V1_2) {
            attributes.put("state", exact ? "final" : "needs-review-translation");
            attributes.put("state-qualifier", exact ? "exact-match" : "fuzzy-match");
        } else {
            attributes.put("state", exact ? "final" : "initial");
            attributes.put("subState", exact ? "dragoman:exact-match" : "dragoman:fuzzy-match-" + Math.min(score, 99));
        }
        return attributes;
    }

    /** A new target element after the source; {@code prefix} is the XLIFF namespace's, with its colon, or "". */
    static String newTarget(XliffVersion version, String prefix, String targetLang, String translation,
                            Map<String, String> state) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (version == XliffVersion.V1_2) {
            attributes.put("xml:lang", targetLang);
            attributes.putAll(state);
        }
        return "<" + prefix + "target" + attributes(attributes) + ">" + escape(translation) + "</" + prefix + "target>";
    }

    /** An empty target filled: its start tag kept, Dragoman's attributes set, the text put in. */
    static String filledTarget(String startTag, String translation, Map<String, String> state) {
        String tag = withAttributes(startTag, state);
        Matcher name = NAME.matcher(tag);
        name.find();
        if (tag.endsWith("/>")) {
            tag = tag.substring(0, tag.length() - 2).stripTrailing() + ">";
        }
        return tag + escape(translation) + "</" + name.group(1) + ">";
    }

    /** A start tag with the attributes set: replaced where present, added before the end otherwise. */
    static String withAttributes(String startTag, Map<String, String> attributes) {
        String tag = startTag;
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            Pattern present = Pattern.compile("(\\s" + Pattern.quote(a.getKey()) + "\\s*=\\s*)(\"[^\"]*\"|'[^']*')");
            Matcher m = present.matcher(tag);
            String value = "\"" + escapeAttribute(a.getValue()) + "\"";
            if (m.find()) {
                tag = tag.substring(0, m.start(2)) + value + tag.substring(m.end(2));
            } else {
                int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
                tag = tag.substring(0, end) + " " + a.getKey() + "=" + value + tag.substring(end);
            }
        }
        return tag;
    }

    /** XLIFF 1.2 alternatives, one {@code alt-trans} per match. */
    static String altTrans(List<Match> matches, String prefix, String sourceLang, String targetLang) {
        StringBuilder out = new StringBuilder();
        for (Match m : matches) {
            out.append('<').append(prefix).append("alt-trans match-quality=\"").append(m.score()).append("\" origin=\"Dragoman\">")
                    .append(pair(prefix, " xml:lang=\"" + sourceLang + "\"", m.source(), " xml:lang=\"" + targetLang + "\"",
                            translation(m)))
                    .append("</").append(prefix).append("alt-trans>");
        }
        return out.toString();
    }

    /**
     * XLIFF 2.0 matches module for a unit; {@code refs} are the segment ids, one per match. Into a
     * matches element already there, only the match elements, each declaring the namespace.
     */
    static String matches(List<Match> matches, List<String> refs, String prefix, boolean intoExisting) {
        String declaration = " xmlns:mtc=\"" + MATCHES_NS + "\"";
        StringBuilder out = new StringBuilder(intoExisting ? "" : "<mtc:matches" + declaration + ">");
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            out.append("<mtc:match").append(intoExisting ? declaration : "")
                    .append(" ref=\"#").append(escapeAttribute(refs.get(i))).append("\" matchQuality=\"")
                    .append(Math.min(m.score(), 100)).append(".0\" origin=\"Dragoman\" type=\"tm\">")
                    .append(pair(prefix, "", m.source(), "", translation(m))).append("</mtc:match>");
        }
        return intoExisting ? out.toString() : out.append("</mtc:matches>").toString();
    }

    /** An alternative's source and target elements, in the XLIFF namespace. */
    private static String pair(String prefix, String sourceAttributes, String source, String targetAttributes, String target) {
        return "<" + prefix + "source" + sourceAttributes + ">" + escape(source) + "</" + prefix + "source>"
                + "<" + prefix + "target" + targetAttributes + ">" + escape(target) + "</" + prefix + "target>";
    }

    /** The match's translation with the query's numbers put in, as lookups show it. */
    static String translation(Match m) {
        return m.repairedTarget() != null ? m.repairedTarget() : m.target();
    }

    private static String attributes(Map<String, String> attributes) {
        StringBuilder out = new StringBuilder();
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escapeAttribute(v)).append('"'));
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }
}
