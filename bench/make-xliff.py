#!/usr/bin/env python3
"""Writes an XLIFF 1.2 file of N English segments taken from a TMX (gzipped or not) for the
pre-translation benchmark: every STEP-th unit with an English source, every second one of them
changed (its last word dropped, so it matches fuzzily), and every tenth replaced by a sentence
the memory does not hold. Usage: make-xliff.py TMX OUT.xlf [N=10000]"""
import gzip
import re
import sys
from xml.sax.saxutils import escape

tmx, out = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
opener = gzip.open if tmx.endswith(".gz") else open
tuv = re.compile(r'<tuv xml:lang="en[^"]*"[^>]*>\s*<seg>(.*?)</seg>', re.S)
tags = re.compile(r"<[^>]+>")
sources = []
with opener(tmx, "rt", encoding="utf-8") as f:
    for m in tuv.finditer(f.read()):
        text = tags.sub("", m.group(1)).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()
        if text and len(text) < 400:
            sources.append(text)
step = max(1, len(sources) // n)
picked = sources[::step][:n]
with open(out, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n')
    f.write('<file original="debian-sample.po" source-language="en" target-language="ar" datatype="po"><body>\n')
    for i, text in enumerate(picked):
        if i % 10 == 9:
            text = "Benchmark sentence %d that no memory holds, about nothing in particular." % i
        elif i % 2 == 1 and " " in text:
            text = text.rsplit(" ", 1)[0]
        f.write('<trans-unit id="%d"><source>%s</source></trans-unit>\n' % (i + 1, escape(text)))
    f.write("</body></file></xliff>\n")
print("%d segments from %d sources" % (len(picked), len(sources)))
