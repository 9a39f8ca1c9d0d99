/// Hand-written readings that ICU's one-reading-per-character table lacks.
///
/// Source of every entry: general knowledge of Mandarin and of Chinese surnames (the readings taught
/// in school and given in any dictionary of surnames); nothing is copied from another package. ICU
/// gives each character one reading, often not the one a name uses (单 dan, the surname is Shàn;
/// 翟 di, the surname is Zhái), so these readings are indexed as well, never instead.
enum PinyinPolyphones {
    /// Readings a surname takes, first choice first, when the character begins a person's name.
    static let surnames: [Unicode.Scalar: [String]] = [
        "单": ["shan"], "曾": ["zeng"], "解": ["xie"], "仇": ["qiu"], "区": ["ou"], "朴": ["piao"],
        "查": ["zha"], "翟": ["zhai", "di"], "盖": ["ge", "gai"], "乐": ["yue", "le"], "尉": ["wei", "yu"],
        "秘": ["bi"], "种": ["chong"], "繁": ["po"], "缪": ["miao"], "召": ["shao"], "员": ["yun"],
        "覃": ["qin", "tan"], "隗": ["wei", "kui"], "句": ["gou"], "谌": ["chen", "shen"], "折": ["she"],
        "宓": ["mi", "fu"], "能": ["nai"], "莘": ["shen", "xin"], "藏": ["zang"], "车": ["che"],
        "柏": ["bai", "bo"], "祭": ["zhai"], "厍": ["she"], "朝": ["chao", "zhao"], "长": ["chang", "zhang"],
        "重": ["chong"], "宿": ["su"], "曲": ["qu"], "强": ["qiang"], "贾": ["jia"], "行": ["xing", "hang"],
        "沈": ["shen"], "石": ["shi"], "薄": ["bo"], "华": ["hua"], "卜": ["bu"], "俞": ["yu"], "叶": ["ye"],
        "都": ["du"], "和": ["he"], "郇": ["xun", "huan"], "牟": ["mou", "mu"], "佴": ["nai", "er"],
        "隽": ["juan", "jun"], "褚": ["chu"], "殷": ["yin"], "盛": ["sheng"], "燕": ["yan"], "汤": ["tang"],
        "炅": ["gui", "jiong"], "颉": ["xie", "jie"], "冼": ["xian"], "洗": ["xian"], "粘": ["nian"],
        "那": ["na"], "阚": ["kan"], "逄": ["pang"], "眭": ["sui"], "訾": ["zi"], "亓": ["qi"], "仉": ["zhang"],
        "万": ["wan"], "纪": ["ji"], "任": ["ren"], "过": ["guo"], "应": ["ying"], "占": ["zhan"],
    ]

    /// Compound surnames whose characters read differently from their usual readings, or whose reading
    /// should come first, when they begin a person's name.
    static let compoundSurnames: [String: [String]] = [
        "尉迟": ["yu", "chi"], "万俟": ["mo", "qi"], "单于": ["chan", "yu"], "长孙": ["zhang", "sun"],
        "澹台": ["tan", "tai"], "令狐": ["ling", "hu"], "乐正": ["yue", "zheng"], "鲜于": ["xian", "yu"],
        "欧阳": ["ou", "yang"], "上官": ["shang", "guan"], "诸葛": ["zhu", "ge"], "司马": ["si", "ma"],
        "东方": ["dong", "fang"], "皇甫": ["huang", "fu"], "夏侯": ["xia", "hou"], "公孙": ["gong", "sun"],
        "慕容": ["mu", "rong"], "宇文": ["yu", "wen"], "司徒": ["si", "tu"], "轩辕": ["xuan", "yuan"],
        "呼延": ["hu", "yan"], "独孤": ["du", "gu"], "南宫": ["nan", "gong"], "百里": ["bai", "li"],
        "拓跋": ["tuo", "ba"], "闾丘": ["lv", "qiu"], "赫连": ["he", "lian"], "亓官": ["qi", "guan"],
        "夹谷": ["jia", "gu"], "谷梁": ["gu", "liang"], "端木": ["duan", "mu"], "钟离": ["zhong", "li"],
    ]

    /// Further readings of polyphonic characters common in names and company names, at any position.
    static let readings: [Unicode.Scalar: [String]] = [
        "〇": ["ling"],
        "长": ["chang", "zhang"], "乐": ["le", "yue"], "朝": ["zhao", "chao"], "重": ["zhong", "chong"],
        "行": ["xing", "hang"], "和": ["he", "huo"], "晟": ["sheng", "cheng"], "茜": ["qian", "xi"],
        "蔚": ["wei", "yu"], "莘": ["shen", "xin"], "传": ["chuan", "zhuan"], "觉": ["jue", "jiao"],
        "柏": ["bai", "bo"], "都": ["du", "dou"], "藏": ["cang", "zang"], "奇": ["qi", "ji"],
        "强": ["qiang", "jiang"], "曾": ["zeng", "ceng"], "解": ["jie", "xie"],
        "区": ["qu", "ou"], "朴": ["pu", "piao", "po"], "查": ["cha", "zha"], "盖": ["gai", "ge"],
        "尉": ["wei", "yu"], "降": ["jiang", "xiang"], "还": ["huan", "hai"], "露": ["lu", "lou"],
        "叶": ["ye", "xie"], "石": ["shi", "dan"], "会": ["hui", "kuai"], "参": ["can", "shen", "cen"],
        "车": ["che", "ju"], "大": ["da", "dai"], "种": ["zhong", "chong"], "翟": ["zhai", "di"],
        "盛": ["sheng", "cheng"], "沈": ["shen", "chen"], "俞": ["yu", "shu"], "员": ["yuan", "yun"],
        "秘": ["mi", "bi"], "乾": ["qian", "gan"], "厦": ["sha", "xia"], "仇": ["chou", "qiu"],
        "缪": ["miao", "mou", "miu"], "繁": ["fan", "po"], "召": ["zhao", "shao"], "覃": ["tan", "qin"],
        "阿": ["a", "e"], "那": ["na", "nuo"], "万": ["wan", "mo"], "俟": ["si", "qi"], "颉": ["jie", "xie"],
        "炅": ["jiong", "gui"], "谌": ["chen", "shen"], "隗": ["wei", "kui"], "句": ["ju", "gou"],
        "折": ["zhe", "she"], "宓": ["mi", "fu"], "能": ["neng", "nai"], "祭": ["ji", "zhai"],
        "宿": ["su", "xiu"], "贾": ["jia", "gu"], "薄": ["bo", "bao"], "卜": ["bu", "bo"],
        "省": ["sheng", "xing"], "率": ["shuai", "lv"], "娜": ["na", "nuo"], "莎": ["sha", "suo"],
        "似": ["si", "shi"], "调": ["tiao", "diao"], "校": ["xiao", "jiao"], "度": ["du", "duo"],
        "弹": ["tan", "dan"], "泊": ["bo", "po"], "钿": ["tian", "dian"], "汤": ["tang", "shang"],
        "殷": ["yin", "yan"], "扁": ["bian", "pian"], "铅": ["qian", "yan"], "牟": ["mou", "mu"],
        "佴": ["er", "nai"], "隽": ["juan", "jun"], "郇": ["xun", "huan"], "褚": ["chu", "zhu"],
        "否": ["fou", "pi"], "系": ["xi", "ji"],
    ]
}
