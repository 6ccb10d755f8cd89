"""Reads a TMX or TBX file with Translate Toolkit's own storage classes and prints what it got as JSON.

Usage: python3 translate_toolkit_read.py tmx|tbx FILE
TMX: one object per unit with the language and text of every tuv, as tmxfile parses them.
TBX: one object per termEntry with its id, notes, and every langSet's language and term texts.
"""
import json
import sys

from translate.storage import tbx, tmx
from translate.misc.xml_helpers import getXMLlang


def read_tmx(path):
    with open(path, "rb") as f:
        store = tmx.tmxfile(f)
    units = []
    for unit in store.units:
        tuvs = [{"lang": getXMLlang(node), "text": unit.getNodeText(node)} for node in unit.getlanguageNodes()]
        units.append({"source": unit.source, "target": unit.target, "tuvs": tuvs})
    return units


def read_tbx(path):
    with open(path, "rb") as f:
        store = tbx.tbxfile(f)
    entries = []
    for unit in store.units:
        langs = []
        for node in unit.getlanguageNodes():
            terms = [t.text for t in node.iter(unit.namespaced("term"))]
            langs.append({"lang": getXMLlang(node), "terms": terms})
        entries.append({"id": unit.getid(), "source": unit.source, "notes": unit.getnotes(), "langSets": langs})
    return entries


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    result = read_tmx(path) if kind == "tmx" else read_tbx(path)
    sys.stdout.write(json.dumps(result, ensure_ascii=False))
