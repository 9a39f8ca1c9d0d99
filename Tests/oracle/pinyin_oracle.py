"""The pinyin oracle: a few thousand generated Chinese names (common surnames, compound surnames and the
polyphonic surnames, times common given-name characters, polyphonic ones included) through
`mustdo pinyin --format tsv`, against Python's pypinyin (an independent romanisation with its own
dictionary and phrase table). pypinyin's reading (lazy_pinyin, Style.NORMAL) and its initials
(Style.FIRST_LETTER) must be among MustDo's spellings; then, for a sample, `mustdo pinyin --match` with
pypinyin's spelling, its initials, and the spaced syllables must find the name. Prints the figures;
exits 1 on any mismatch."""
import os, random, subprocess, sys
from pypinyin import lazy_pinyin, Style

mustdo = os.environ["MUSTDO_BIN"]
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
            "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
            "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
            "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
            "明佘池查麻苑迟邝区朴盖乐")
COMPOUND = ["欧阳", "上官", "诸葛", "司马", "东方", "皇甫", "尉迟", "万俟", "令狐", "慕容", "公孙", "夏侯", "长孙", "澹台"]
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬建国文辉力飞波宁鹏海燕云莉志斌俊峰"
         "子涵欣怡浩宇梓轩一诺嘉琪晨佳雨婷思雅博瑞泽睿鑫宏瑶琳慧颖倩晓天林成鸿达"
         "长乐朝晟茜蔚重行和传觉柏奇盛露")

def names():
    rng = random.Random(20261127)
    result = [s + g for s in SURNAMES for g in GIVEN[::5]]              # every surname, a fifth of the given characters
    result += [s + g for s in SURNAMES[:40] for g in GIVEN[-20:]]        # the polyphonic given characters
    result += [c + rng.choice(GIVEN) + rng.choice(GIVEN) for c in COMPOUND for _ in range(20)]
    result += [rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) for _ in range(1500)]
    return list(dict.fromkeys(result))

def mustdo_rows(batch):
    out = subprocess.run([mustdo, "pinyin", "--format", "tsv", "--lang", "en", *batch], check=True, capture_output=True, text=True).stdout
    rows = [line.split("\t") for line in out.splitlines()]
    assert len(rows) == len(batch), (len(rows), len(batch))
    return rows

def main():
    all_names = names()
    mismatches = 0
    polyphonic = 0
    not_first = 0
    for start in range(0, len(all_names), 400):
        batch = all_names[start:start + 400]
        for name, row in zip(batch, mustdo_rows(batch)):
            text, _full, _initials, fulls, initials = row
            assert text == name, (text, name)
            want_full = "".join(lazy_pinyin(name, style=Style.NORMAL))
            want_initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER))
            polyphonic += "," in fulls
            not_first += want_full != _full
            for what, want, have in (("pinyin", want_full, fulls), ("initials", want_initials, initials)):
                if want not in have.split(","):
                    mismatches += 1
                    if mismatches <= 20:
                        print(f"mismatch for {name}: pypinyin {what} {want}, mustdo has {have}")
    # The matcher itself, on a sample: pypinyin's spelling, initials and spaced syllables find the name.
    rng = random.Random(7)
    sample = rng.sample(all_names, 60)
    searched = 0
    for name in sample:
        syllables = lazy_pinyin(name, style=Style.NORMAL)
        for query in ("".join(syllables), "".join(lazy_pinyin(name, style=Style.FIRST_LETTER)), " ".join(syllables), syllables[0]):
            out = subprocess.run([mustdo, "pinyin", "--match", query, "--lang", "en", name, "无关"],
                                 check=True, capture_output=True, text=True).stdout
            searched += 1
            if not out.startswith(name + "  "):
                mismatches += 1
                print(f"search {query!r} does not find {name}: {out!r}")
    mismatches += customer_search(all_names, rng)
    print(f"pinyin oracle: {len(all_names)} names ({polyphonic} with several spellings, {not_first} where pypinyin reads other than MustDo's first spelling), {searched} searches, {mismatches} mismatches")
    sys.exit(1 if mismatches else 0)

def customer_search(all_names, rng):
    """The customer file's search (the stored keys and the quick tests SQLite runs on them before a card is read)
    must list exactly the names the matcher alone finds (`mustdo pinyin --match`, which tests every name), for
    pypinyin's initials and spellings of a sample and for random two-letter queries. 1,000 of the names: the matcher
    builds every name's key on each run, slow in a debug build (SearchKeyStartPairsTests covers more in Swift).
    Returns the mismatches."""
    import csv, shutil, tempfile
    all_names = rng.sample(all_names, 1000)
    tmp = tempfile.mkdtemp()
    book, db = os.path.join(tmp, "names.csv"), os.path.join(tmp, "names.sqlite")
    with open(book, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["name"])
        for name in all_names:
            w.writerow([name])
    subprocess.run([mustdo, "customers", "import", book, "--db", db, "--lang", "en"], check=True, capture_output=True)
    queries = []
    for name in rng.sample(all_names, 6):
        syllables = lazy_pinyin(name, style=Style.NORMAL)
        initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER))
        queries += [initials, initials[:2], "".join(syllables), syllables[0] + initials[1:]]
    letters = "abcdefghijklmnopqrstuvwxyz"
    queries += [rng.choice(letters) + rng.choice(letters) for _ in range(10)]
    # Every card's number (KH-…) is searchable too: "kh" and one-letter queries would find cards by it.
    queries = [q for q in dict.fromkeys(queries) if len(q) > 1 and not q.startswith("kh")]
    mismatches = 0
    for q in queries:
        listed = subprocess.run([mustdo, "customers", "list", "--search", q, "--db", db, "--lang", "en"],
                                check=True, capture_output=True, text=True).stdout.splitlines()
        found = sorted(line.split()[1] for line in listed[1:-1]) if len(listed) > 2 else []
        matched = subprocess.run([mustdo, "pinyin", "--match", q, "--format", "tsv", "--lang", "en", *all_names],
                                 check=True, capture_output=True, text=True).stdout.splitlines()
        want = sorted(line.split("\t")[0] for line in matched)
        if found != want:
            mismatches += 1
            print(f"customers list --search {q!r} lists {len(found)} names, the matcher finds {len(want)}:",
                  sorted(set(found) ^ set(want))[:10])
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"customer search: {len(queries)} queries over {len(all_names)} cards agree with the matcher" if not mismatches else "")
    return mismatches

main()
