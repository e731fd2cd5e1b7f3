#!/usr/bin/env python3
"""Keeps Resources/SharedResource.en.resx in step with the Chinese keys used in the code.

Usage: tools/i18n.py missing            list keys used in src/ with no English yet
       tools/i18n.py add FILE.tsv       add "key<TAB>english" lines to the resx (existing keys are replaced)
Keys are the Simplified Chinese texts passed to L[...], _l[...] or l[...]; dynamic keys such as
"角色." + role are listed in DYNAMIC below.
"""
import re, sys, pathlib, xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent
WEB = ROOT / "src" / "CommunityStation.Web"
RESX = WEB / "Resources" / "SharedResource.en.resx"
PATTERN = re.compile(r'(?<![A-Za-z0-9_])(?:L|_l|l)\[\s*"((?:[^"\\]|\\.)*)"')

DYNAMIC = {
    "角色.": ["Admin", "Bureau", "TownOfficial", "RcOfficer", "StationHead", "DeskStaff"],
    "审计.": ["Created", "Updated", "Deleted", "SignIn", "SignInFailed", "SignOut", "AccessDenied", "PersonalDataViewed", "CityRead"],
    "申请状态.": ["Draft", "SubmittedToTown", "ReturnedToRc", "AgreedByTown", "ReturnedToTown", "Registered"],
    "申请类型.": ["Establish", "ChangeParticulars", "Deregister"],
    "步骤.": ["Created", "Submitted", "TownAgreed", "TownReturned", "BureauRegistered", "BureauReturnedToTown", "BureauReturnedToRc", "DocumentUploaded", "DetailsUpdated"],
    "工作站状态.": ["Registered", "Deregistered"],
    "学历.": ["初中", "高中", "中专", "大专", "本科", "研究生"],
}

def used_keys():
    keys = set()
    for path in list(WEB.rglob("*.cshtml")) + list(WEB.rglob("*.cs")):
        if "/obj/" in str(path) or "/bin/" in str(path):
            continue
        for m in PATTERN.finditer(path.read_text(encoding="utf-8")):
            key = m.group(1)
            if key.endswith("."):
                continue
            keys.add(key)
    for prefix, names in DYNAMIC.items():
        keys.update(prefix + n for n in names)
    return keys

def load():
    if not RESX.exists():
        return {}
    tree = ET.parse(RESX)
    return {d.get("name"): d.find("value").text or "" for d in tree.getroot().findall("data")}

def save(entries):
    RESX.parent.mkdir(parents=True, exist_ok=True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<root>",
           '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>',
           '  <resheader name="version"><value>2.0</value></resheader>',
           '  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>',
           '  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>']
    for key in sorted(entries):
        out.append(f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(entries[key])}</value></data>')
    out.append("</root>")
    RESX.write_text("\n".join(out) + "\n", encoding="utf-8")

if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "missing"
    entries = load()
    if cmd == "missing":
        missing = sorted(used_keys() - set(entries))
        for k in missing:
            print(k)
        sys.exit(1 if missing else 0)
    if cmd == "add":
        for line in pathlib.Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                k, v = line.split("\t", 1)
                entries[k] = v
        save(entries)
