#!/usr/bin/env python3
"""Writes the texts of translations/<lang>.py into translations/revaer_<lang>.ts.

Run after `cmake --build build --target update_translations` (lupdate) added or
removed source texts:  python3 translations/fill.py de
Prints every source text that has no translation yet; those stay "unfinished".
"""

import importlib.util
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    lang = sys.argv[1] if len(sys.argv) > 1 else "de"
    spec = importlib.util.spec_from_file_location(lang, os.path.join(HERE, f"{lang}.py"))
    texts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(texts)
    path = os.path.join(HERE, f"revaer_{lang}.ts")
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                forms = texts.PLURALS.get(source)
                if not forms:
                    missing.append(source)
                    continue
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                # Shortcuts stay as they are: Qt shows them in the user's
                # language (Strg+S) by itself.
                shortcut = re.fullmatch(r"((Ctrl|Shift|Alt|Meta)\+)+\w+", source)
                text = source if shortcut else texts.TEXTS.get(source)
                if text is None:
                    missing.append(source)
                    continue
                translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(tree.getroot(), encoding="unicode"))
        f.write("\n")
    for source in missing:
        print(f"untranslated: {source!r}")
    print(f"{path}: {len(missing)} untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
