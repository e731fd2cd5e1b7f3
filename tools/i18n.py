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
RESX_ZH = WEB / "Resources" / "SharedResource.zh-CN.resx"

# Chinese for the keys that are codes rather than Chinese text ("角色.Admin" and the like).
ZH = {
    "角色.Admin": "系统管理员", "角色.Bureau": "市民政局", "角色.TownOfficial": "镇（街道）干部", "角色.RcOfficer": "居委会",
    "角色.StationHead": "站长", "角色.DeskStaff": "窗口工作人员",
    "审计.Created": "新增", "审计.Updated": "修改", "审计.Deleted": "删除", "审计.SignIn": "登录", "审计.SignInFailed": "登录失败",
    "审计.SignOut": "退出", "审计.AccessDenied": "拒绝访问", "审计.PersonalDataViewed": "查看个人信息", "审计.CityRead": "市级跨区查看", "审计.SoftRuleOverride": "确认软性规则提示",
    "申请状态.Draft": "草稿", "申请状态.SubmittedToTown": "待镇（街道）审核", "申请状态.ReturnedToRc": "已退回社区",
    "申请状态.AgreedByTown": "镇（街道）已同意，待登记", "申请状态.ReturnedToTown": "已退回镇（街道）", "申请状态.Registered": "已登记",
    "申请类型.Establish": "设立登记", "申请类型.ChangeParticulars": "变更登记", "申请类型.Deregister": "注销登记",
    "步骤.Created": "创建申请", "步骤.Submitted": "提交镇（街道）", "步骤.TownAgreed": "镇（街道）同意", "步骤.TownReturned": "镇（街道）退回",
    "步骤.BureauRegistered": "市民政局准予登记", "步骤.BureauReturnedToTown": "市民政局退回镇（街道）", "步骤.BureauReturnedToRc": "市民政局退回社区",
    "步骤.DocumentUploaded": "上传材料", "步骤.DetailsUpdated": "修改申请内容",
    "工作站状态.Registered": "已登记", "工作站状态.Deregistered": "已注销",
    **{f"职责领域.{c}": n for c, n in [("D1", "社区安全"), ("D2", "社区法制"), ("D3", "社区卫生"), ("D4", "社区人口和计生"), ("D5", "社会保障和社会事务"),
        ("D6", "社区文化"), ("D7", "环境卫生和环境保护"), ("D8", "便民利民服务"), ("D9", "协助配合"), ("D10", "承办交办")]},
    "案件状态.Received": "已受理", "案件状态.InProgress": "办理中", "案件状态.Completed": "已办结", "案件状态.Referred": "已转办",
    "渠道.WalkIn": "来访", "渠道.Phone": "电话", "渠道.HomeVisit": "上门走访", "渠道.OnBehalf": "代办（老年人、残疾人）",
    "案件步骤.Received": "受理", "案件步骤.Started": "开始办理", "案件步骤.Completed": "办结", "案件步骤.Referred": "转办",
    "案件步骤.ReferralReturned": "转回本站", "案件步骤.Reassigned": "转交", "案件步骤.Rated": "居民评价",
    "案件步骤.ReferralConcluded": "转办办结",
    "评价.Satisfied": "满意", "评价.BasicallySatisfied": "基本满意", "评价.Dissatisfied": "不满意",
    "学历等级.JuniorHigh": "初中", "学历等级.HighSchool": "高中", "学历等级.Secondary": "中专", "学历等级.JuniorCollege": "大专",
    "学历等级.Bachelor": "本科", "学历等级.Postgraduate": "研究生",
    "计算机.None": "不会", "计算机.Basic": "会使用", "计算机.Level2": "国家（省）二级",
    "队伍.PartyStaff": "党组织专职人员", "队伍.RcMember": "居委会成员", "队伍.Assistant": "协管员", "队伍.StationStaff": "工作站人员",
    "岗位.Head": "站长", "岗位.Deputy": "副站长", "岗位.Staff": "工作人员",
    "备案状态.Filed": "待备案", "备案状态.Acknowledged": "已备案", "备案状态.Returned": "已退回",
    "聘用渠道.A": "内部聘用（渠道 A）", "聘用渠道.B": "公开招聘（渠道 B）",
    "辖区类型.Town": "镇", "辖区类型.Subdistrict": "街道", "辖区类型.ZoneCommittee": "管委会",
    "沿革.Renamed": "改名", "沿革.MergedInto": "并入其他社区", "沿革.Absorbed": "其他社区并入",
    "学历.初中": "初中", "学历.高中": "高中", "学历.中专": "中专", "学历.大专": "大专", "学历.本科": "本科", "学历.研究生": "研究生",
}
PATTERN = re.compile(r'(?<![A-Za-z0-9_])(?:L|_l|l|localizer)\[\s*"((?:[^"\\]|\\.)*)"')

# The audit page's names of entities, fields and enum values (Pages/Audit/AuditVocabulary.cs): `] = "中文"` and `("Entity", "中文")` entries.
VOCABULARY = WEB / "Pages" / "Audit" / "AuditVocabulary.cs"
VOCABULARY_ENTRY = re.compile(r'(?:\] = |\("\w+", )"([^"]+)"')

DYNAMIC = {
    "角色.": ["Admin", "Bureau", "TownOfficial", "RcOfficer", "StationHead", "DeskStaff"],
    "审计.": ["Created", "Updated", "Deleted", "SignIn", "SignInFailed", "SignOut", "AccessDenied", "PersonalDataViewed", "CityRead", "SoftRuleOverride"],
    "申请状态.": ["Draft", "SubmittedToTown", "ReturnedToRc", "AgreedByTown", "ReturnedToTown", "Registered"],
    "申请类型.": ["Establish", "ChangeParticulars", "Deregister"],
    "步骤.": ["Created", "Submitted", "TownAgreed", "TownReturned", "BureauRegistered", "BureauReturnedToTown", "BureauReturnedToRc", "DocumentUploaded", "DetailsUpdated"],
    "工作站状态.": ["Registered", "Deregistered"],
    "学历.": ["初中", "高中", "中专", "大专", "本科", "研究生"],
    "职责领域.": ["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10"],
    "案件状态.": ["Received", "InProgress", "Completed", "Referred"],
    "渠道.": ["WalkIn", "Phone", "HomeVisit", "OnBehalf"],
    "案件步骤.": ["Received", "Started", "Completed", "Referred", "ReferralReturned", "Reassigned", "Rated", "ReferralConcluded"],
    "评价.": ["Satisfied", "BasicallySatisfied", "Dissatisfied"],
    "学历等级.": ["JuniorHigh", "HighSchool", "Secondary", "JuniorCollege", "Bachelor", "Postgraduate"],
    "计算机.": ["None", "Basic", "Level2"],
    "队伍.": ["PartyStaff", "RcMember", "Assistant", "StationStaff"],
    "岗位.": ["Head", "Deputy", "Staff"],
    "备案状态.": ["Filed", "Acknowledged", "Returned"],
    "聘用渠道.": ["A", "B"],
    "辖区类型.": ["Town", "Subdistrict", "ZoneCommittee"],
    "沿革.": ["Renamed", "MergedInto", "Absorbed"],
}

# Plain Chinese keys that reach L[...] through a variable: weekdays, document slots, navigation labels.
EXTRA = ["周一", "周二", "周三", "周四", "周五", "周六", "周日", "站长", "副站长", "工作人员", "专职", "兼职",
         "工作站须设站长 1 名（规则 S3）。", "工作站须设专职副站长 1 名（规则 S4）。",
         "成功", "失败", "运行中"]

# Import pages: titles, hints and column names reach L[...] through properties; file-reading messages come from Infrastructure.
IMPORT_SOURCES = [WEB / "Pages" / p for p in ["Staff/Import.cshtml.cs", "Admin/Tenants/Import.cshtml.cs", "Communities/Import.cshtml.cs", "Admin/Users/Import.cshtml.cs", "Admin/Users/UserImportRow.cs"]] + \
    [ROOT / "src" / "CommunityStation.Domain" / p for p in ["Tenancy/TenantImport.cs", "Communities/CommunityImport.cs", "Staffing/StaffImportRow.cs"]] + \
    [ROOT / "src" / "CommunityStation.Infrastructure" / "Documents" / "TableFile.cs"]

# Names of policy settings are resource keys too (PolicySettingDefinition.NameZh / UnitZh).
SETTINGS = ROOT / "src" / "CommunityStation.Domain" / "Settings" / "PolicySettingDefinition.cs"

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
    for m in re.finditer(r'new\(\w+, "[^"]*", [^,]+, [^,]+, [^,]+, "([^"]*)", "[^"]*", "([^"]*)"', SETTINGS.read_text(encoding="utf-8")):
        keys.update([m.group(1), m.group(2)])
    keys.update(EXTRA)
    for path in IMPORT_SOURCES:
        text = path.read_text(encoding="utf-8")
        keys.update(re.findall(r'(?:Title|Hint) => "([^"]+)"', text))
        keys.update(k for k in re.findall(r'const string \w+ = "([^"]+)"', text) if not k.isascii())
        for columns in re.findall(r'Columns = \[([^\]]+)\]', text):
            keys.update(re.findall(r'"([^"]+)"', columns))
        keys.update(re.findall(r'(?:Localizer|localizer)\["([^"]+)"', text))
        keys.update(re.findall(r'line\.(?:Date|WholeNumber)\([^,]+, "([^"]+)"', text))
    keys.update(k for k in VOCABULARY_ENTRY.findall(VOCABULARY.read_text(encoding="utf-8")) if not k.endswith("."))
    domain = ROOT / "src" / "CommunityStation.Domain"
    for path in list(domain.rglob("*.cs")) + [p for p in WEB.rglob("*.cs") if "/obj/" not in str(p)]:
        text = path.read_text(encoding="utf-8")
        # Domain refusals are shown through L[message]; only literal (not interpolated) messages can be keys.
        keys.update(re.findall(r'DomainException\(\s*(?:"[^"]*"|string\.Empty|[\w.]+),\s*(?:[\w ]+\? [\w]+ : )?"([^"]+)"', text))
        keys.update(re.findall(r'DocumentSlot\.\w+ => "([^"]+)"', text))
        keys.update(re.findall(r'line\.Refuse\("([^"]+)"', text))
        keys.update(re.findall(r'ReminderKind\.\w+ => "([^"]+)"', text))
        keys.update(re.findall(r'new RuleWarning\("[^"]*", "([^"]+)"', text))
    nav = (WEB / "Infrastructure" / "Navigation.cs").read_text(encoding="utf-8")
    keys.update(re.findall(r'new\("[^"]+", "[^"]+", "([^"]+)"', nav))
    return keys

def load():
    if not RESX.exists():
        return {}
    tree = ET.parse(RESX)
    return {d.get("name"): d.find("value").text or "" for d in tree.getroot().findall("data")}

def save(entries, path=RESX):
    path.parent.mkdir(parents=True, exist_ok=True)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<root>",
           '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>',
           '  <resheader name="version"><value>2.0</value></resheader>',
           '  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>',
           '  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>']
    for key in sorted(entries):
        out.append(f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(entries[key])}</value></data>')
    out.append("</root>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")

if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "missing"
    entries = load()
    save(ZH, RESX_ZH)
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
