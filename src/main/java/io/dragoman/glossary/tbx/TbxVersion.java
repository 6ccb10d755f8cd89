package io.dragoman.glossary.tbx;

/** The two TBX versions Dragoman writes, by the names of their elements. */
public enum TbxVersion {
    /** ISO 30042:2008, TBX-Basic 2008: what OmegaT and Translate Toolkit read. */
    V2("martif", "martifHeader", "termEntry", "langSet", "tig", ""),
    /** ISO 30042:2019, TBX-Basic DCA style. */
    V3("tbx", "tbxHeader", "conceptEntry", "langSec", "termSec", "urn:iso:std:iso:30042:ed-2");

    final String root;
    final String header;
    final String entry;
    final String language;
    final String term;
    final String namespace;

    TbxVersion(String root, String header, String entry, String language, String term, String namespace) {
        this.root = root;
        this.header = header;
        this.entry = entry;
        this.language = language;
        this.term = term;
        this.namespace = namespace;
    }
}
