#!/usr/bin/env python3
"""Generates N realistic customer cards as one vCard 3.0 file (80% Chinese names and companies, 20% English),
for bench/customers.sh. Usage: gen-customers.py N [SEED] > file.vcf"""
import random, sys, uuid
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰文辉红梅海燕志强晓东丹宇浩然子涵梓萱欣怡思远佳琪俊杰雨轩"
first_en = "James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Sandra".split()
last_en = "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis".split()
cities = "深圳 广州 上海 北京 杭州 成都 武汉 南京 苏州 东莞 佛山 厦门".split()
inds = "科技 电子 贸易 机械 物流 医疗器械 食品 建材 软件 化工 纺织 照明".split()
en_co = "Acme Globex Initech Umbrella Hooli Stark Wayne Wonka Cyberdyne Tyrell".split()
tiers = ["key", "important", "general", ""]
statuses = ["prospect", "customer", "customer", "dormant"]
out = []
seen = set()
for i in range(n):
    if random.random() < 0.8:
        name = random.choice(surnames) + "".join(random.choice(given) for _ in range(random.choice([1, 2, 2])))
        org = random.choice(cities) + random.choice("华中新天大金恒宏达盛鑫泰") + random.choice("创信源通远丰利隆") + random.choice(inds) + "有限公司"
        phone = "1%d%d %04d %04d" % (random.choice([3, 5, 8]), random.randint(0, 9), random.randint(0, 9999), random.randint(0, 9999))
        addr = random.choice(cities) + "市" + random.choice(["南山区", "福田区", "天河区", "浦东新区", "海淀区"]) + "科技路%d号" % random.randint(1, 999)
    else:
        name = random.choice(first_en) + " " + random.choice(last_en)
        org = random.choice(en_co) + " " + random.choice(["Ltd", "Inc", "GmbH", "LLC"])
        phone = "+1 %03d %03d %04d" % (random.randint(200, 999), random.randint(200, 999), random.randint(0, 9999))
        addr = "%d Main Street, Springfield" % random.randint(1, 999)
    if (name, org) in seen:
        org = org.replace("有限公司", "%d分公司" % i) if "有限公司" in org else org + " %d" % i
    seen.add((name, org))
    email = "c%05d@example.com" % i
    lines = ["BEGIN:VCARD", "VERSION:3.0", "UID:%s" % uuid.UUID(int=random.getrandbits(128), version=4), "FN:" + name,
             "ORG:" + org.replace(",", "\\,"), "TEL;TYPE=work:" + phone, "EMAIL;TYPE=work:" + email,
             "ADR;TYPE=work:;;" + addr.replace(",", "\\,") + ";;;;"]
    if random.random() < 0.3:
        lines.append("BDAY:%04d-%02d-%02d" % (random.randint(1960, 2000), random.randint(1, 12), random.randint(1, 28)))
    if random.random() < 0.5:
        lines.append("NOTE:" + random.choice(["喜欢喝茶", "likes golf", "月底付款", "需要发票", "prefers WeChat"]))
    if random.random() < 0.4:
        lines.append("CATEGORIES:" + random.choice(["vip", "展会", "老客户", "referral"]))
    t = random.choice(tiers)
    if t: lines.append("X-MUSTDO-TIER:" + t)
    lines.append("X-MUSTDO-STATUS:" + random.choice(statuses))
    if random.random() < 0.5:
        lines.append("RELATED;TYPE=co-worker;X-MUSTDO-ROLE=decision-maker:" + random.choice(surnames) + "总")
    lines.append("END:VCARD")
    out.append("\r\n".join(lines) + "\r\n")
sys.stdout.write("".join(out))
