/** Passages the "growth-bought-with-losses" chapter cites with <Cite p="…" />. See src/components/Cite.astro. */
import { definePassages } from './types';

export const growthBoughtWithLossesPassages = definePassages([
  {
    id: 's1.losses-still-widening',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '兩者的虧損金額都在持續(xù)擴大,且尚不具備自造血能力。',
    gloss: {
      en: 'Both companies\' losses keep growing, and neither can yet fund itself from its own business.',
      'zh-hans': '两家公司的亏损仍在扩大，都还不具备自我造血能力。',
    },
  },
  {
    id: 's1.net-losses',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '同期,MiniMax凈虧損分別為7370萬美元、2.69億美元、4.65億美元。2025年前三季度為5.12億美元。',
    gloss: {
      en: 'MiniMax\'s net losses were US$73.7 million, US$269 million and US$465 million in 2022 to 2024, and US$512 million in the first nine months of 2025.',
      'zh-hans': 'MiniMax 2022至2024年净亏损分别为7370万美元、2.69亿美元、4.65亿美元，2025年前三季度为5.12亿美元。',
    },
  },
  {
    id: 's2.minimax-revenue-growth',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: 'MiniMax的增長曲線更為陡峭,收入從2023年的350萬美元飆升至2024年的3050萬美元,同比增速達782.2%;2025年前三季度收入已達5344萬美元,同比增長175%。',
    gloss: {
      en: 'MiniMax\'s revenue grew from US$3.5 million in 2023 to US$30.5 million in 2024, up 782.2%, and reached US$53.44 million in the first nine months of 2025, up 175%.',
      'zh-hans': 'MiniMax收入从2023年的350万美元增至2024年的3050万美元，同比增长782.2%；2025年前三季度收入5344万美元，同比增长175%。',
    },
  },
  {
    id: 's4.zhipu-revenue-growth',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '去年全年,智譜營收約為3.12億元人民幣(約合4500萬美元),同比增長約150%',
    gloss: {
      en: 'Zhipu\'s revenue last year (2024) was about RMB 312 million, up about 150% on the year before.',
      'zh-hans': '智谱去年（2024年）营收约3.12亿元，同比增长约150%。',
    },
  },
  {
    id: 's2.minimax-losses-rmb',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: 'MiniMax同期累計虧損約93億元,2024年凈虧損達32.7億元。',
    gloss: {
      en: 'Over the same period MiniMax lost about RMB 9.3 billion in total; its net loss in 2024 was RMB 3.27 billion.',
      'zh-hans': 'MiniMax同期累计亏损约93亿元，2024年净亏损32.7亿元。',
    },
  },
  {
    id: 's3.minimax-loss-rmb',
    seed: '002_79d82c02c037078b.txt',
    quote: '反觀MiniMax 2025年前三季度,營收則增長至3.797億元,虧損則擴大至36.38億元。',
    gloss: {
      en: 'In the first nine months of 2025 MiniMax\'s revenue rose to RMB 379.7 million and its loss to RMB 3.638 billion.',
      'zh-hans': 'MiniMax 2025年前三季度营收增至3.797亿元，亏损扩大至36.38亿元。',
    },
  },
  {
    id: 's2.zhipu-cumulative-loss',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '智譜2022年至2025年上半年累計虧損超62億元,2025年上半年月均虧損達3億元;',
    gloss: {
      en: 'From 2022 to the first half of 2025 Zhipu lost more than RMB 6.2 billion in total, and in the first half of 2025 it lost RMB 300 million a month on average.',
      'zh-hans': '智谱2022年至2025年上半年累计亏损超62亿元，2025年上半年月均亏损3亿元。',
    },
  },
  {
    id: 's4.adjusted-losses',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '同樣按經(jīng)調(diào)整(Non-IFRS)年內(nèi)虧損口徑,智譜去年虧損了24.65億元人民幣(約合3.5億美元),截至今年6月底約虧損17.52億(約合2.5億美元),資金缺口仍在加大;MiniMax半斤八兩,去年虧損了2.44億美元,截至今年9月底約虧損1.86億美元,與去年同期相差不大。',
    gloss: {
      en: 'On an adjusted (non-IFRS) basis Zhipu lost RMB 2.465 billion in 2024 and about RMB 1.752 billion in the first half of 2025, its funding gap still widening; MiniMax lost US$244 million in 2024 and about US$186 million in the first nine months of 2025, little changed from a year earlier.',
      'zh-hans': '按经调整（非国际财务报告准则）口径，智谱2024年亏损24.65亿元，2025年上半年约17.52亿元，资金缺口仍在扩大；MiniMax 2024年亏损2.44亿美元，2025年前三季度约1.86亿美元，与上年同期相差不大。',
    },
  },
  {
    id: 's1.burn-on-rnd-and-compute',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '對于智譜和MiniMax,燒錢大頭依然是大模型的研發(fā)和算力。',
    gloss: {
      en: 'For both companies, most of the money still goes on model research and computing power.',
      'zh-hans': '两家公司烧钱的大头仍是大模型研发和算力。',
    },
  },
  {
    id: 's1.rnd-multiples',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '2024年,智譜的研發(fā)投入高達21.95億元,是當(dāng)年營收的7倍;MiniMax的研發(fā)支出也差不多是收入的6倍,兩者70%-80% 的研發(fā)投入都花在算力上。',
    gloss: {
      en: 'In 2024 Zhipu spent RMB 2.195 billion on R&D, seven times its revenue; MiniMax\'s R&D was nearly six times its revenue; both spend 70% to 80% of R&D on computing power.',
      'zh-hans': '2024年智谱研发投入21.95亿元，为营收的7倍；MiniMax研发支出约为收入的6倍；两家70%至80%的研发投入用于算力。',
    },
  },
  {
    id: 's4.rnd-compute-share',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '無論是智譜還是MiniMax,在高達數(shù)億美元(智譜今年上半年約16億元人民幣,MiniMax今年前9個月約1.8億美元)的研發(fā)成本中,對算力的投入都超過了70%。',
    gloss: {
      en: 'Of R&D costs running to hundreds of millions of dollars (about RMB 1.6 billion for Zhipu in the first half of the year, about US$180 million for MiniMax in the first nine months), both spend more than 70% on computing power.',
      'zh-hans': '两家数亿美元的研发成本中（智谱今年上半年约16亿元，MiniMax前9个月约1.8亿美元），算力投入都超过70%。',
    },
  },
  {
    id: 's4.compute-uses',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '它們不僅將用于大模型的預訓練,還包括早期原型開發(fā)與實驗,以及更頻繁的模型迭代與評估。',
    gloss: {
      en: 'The compute goes on pre-training, early prototypes and experiments, and more frequent model iteration and evaluation.',
      'zh-hans': '算力不仅用于大模型预训练，还用于早期原型开发与实验，以及更频繁的模型迭代与评估。',
    },
  },
  {
    id: 's2.compute-drives-losses',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '虧損的核心源頭高度一致——占研發支出70%以上的巨額算力成本。',
    gloss: {
      en: 'Both companies\' losses come mainly from the same place: computing power, which takes more than 70% of R&D spending.',
      'zh-hans': '两家亏损的核心来源一致：占研发支出70%以上的算力成本。',
    },
  },
  {
    id: 's2.compute-spend',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '智譜2022年至2024年算力累計投入超18億元;MiniMax僅向阿里云購買云計算服務費累計就高達7100萬美元。',
    gloss: {
      en: 'Zhipu\'s cumulative spending on computing power from 2022 to 2024 exceeded RMB 1.8 billion; MiniMax\'s purchases of Alibaba Cloud services alone came to US$71 million.',
      'zh-hans': '智谱2022年至2024年算力累计投入超18亿元；MiniMax仅向阿里云购买云服务就累计达7100万美元。',
    },
  },
  {
    id: 's1.marketing-spend',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '此外,MiniMax早期在全球市場的營銷和用戶獲取上也投入巨大。',
    gloss: {
      en: 'Early on, MiniMax also spent heavily on marketing and winning users in markets around the world.',
      'zh-hans': 'MiniMax早期在全球市场的营销和获客上也投入巨大。',
    },
  },
  {
    id: 's1.marketing-decline',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '不過,MiniMax去年的銷售及營銷支出已有下滑,閆俊杰曾公開表示,不愿意投入大量金錢在沒有價值的投流上,更傾向于通過產(chǎn)品本身的能力來吸引用戶。',
    gloss: {
      en: 'MiniMax\'s sales and marketing spending fell last year; Yan Junjie has said he would rather attract users through the product than pour money into traffic of no value.',
      'zh-hans': 'MiniMax去年的销售及营销支出已下滑；闫俊杰曾表示，不愿在没有价值的投流上大量花钱，更倾向于靠产品本身吸引用户。',
    },
  },
  {
    id: 's4.organic-growth',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '今年以來,MiniMax削減了付費推廣開支約90%,轉(zhuǎn)向自然增長策略。',
    gloss: {
      en: 'This year MiniMax cut its paid promotion spending by about 90% and turned to organic growth.',
      'zh-hans': '今年以来MiniMax削减付费推广开支约90%，转向自然增长。',
    },
  },
  {
    id: 's5.receivable-days',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '與此同時,隨著本地化部署項目占比提升、定制化服務(wù)更多采用里程碑式付款結(jié)構(gòu),公司回款節(jié)奏明顯放緩,其平均貿(mào)易應(yīng)收款項周轉(zhuǎn)天數(shù)已由2022年的23天、2023年的21天,上升至2024年的58天,并在2025年上半年進(jìn)一步拉長至112天。',
    gloss: {
      en: 'As on-premise projects took a larger share and custom work moved to milestone payments, Zhipu\'s collections slowed: average trade receivable turnover days went from 23 (2022) and 21 (2023) to 58 (2024) and 112 (first half of 2025).',
      'zh-hans': '随着本地化部署项目占比提升、定制化服务更多采用里程碑式付款，智谱回款放缓：平均贸易应收款项周转天数由2022年23天、2023年21天升至2024年58天、2025年上半年112天。',
    },
  },
  {
    id: 's2.onprem-share-falling',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '智譜正在積極調整業務重心,從初期的本地化部署(2022年占收入95.5%)向云端MaaS服務轉型(2025年上半年占比升至15.2%)。',
    gloss: {
      en: 'Zhipu is shifting from on-premise deployment (95.5% of revenue in 2022) toward cloud MaaS (15.2% of revenue in the first half of 2025).',
      'zh-hans': '智谱正从本地化部署（2022年占收入95.5%）向云端MaaS转型（2025年上半年占比15.2%）。',
    },
  },
  {
    id: 's1.onprem-share-2024',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '2024年,智譜本地化部署收入占總收入的84.5%',
    gloss: {
      en: 'In 2024 on-premise deployment made up 84.5% of Zhipu\'s revenue.',
      'zh-hans': '2024年智谱本地化部署收入占总收入的84.5%。',
    },
  },
  {
    id: 's5.onprem-costs',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '招股書顯示,2025年上半年,智譜本地化部署業(yè)務(wù)實現(xiàn)收入約1.62億元,但對應(yīng)營業(yè)成本達(dá)0.66億元,占當(dāng)期總營業(yè)成本近七成。',
    gloss: {
      en: 'According to the prospectus, in the first half of 2025 Zhipu\'s on-premise business earned about RMB 162 million against cost of revenue of RMB 66 million, nearly 70% of total cost of revenue for the period.',
      'zh-hans': '招股书显示，2025年上半年智谱本地化部署收入约1.62亿元，对应营业成本0.66亿元，占当期总营业成本近七成。',
    },
  },
  {
    id: 's5.costs-cannot-wait',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '相關(guān)算力、工程及運維投入需在項目執(zhí)行階段持續(xù)發(fā)生,難以隨回款同步釋放。',
    gloss: {
      en: 'The computing, engineering and maintenance spending goes on throughout a project and cannot be released in step with payments.',
      'zh-hans': '相关算力、工程及运维投入在项目执行阶段持续发生，难以随回款同步释放。',
    },
  },
  {
    id: 's2.onprem-slow-to-scale',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '這種轉變背后,是對商業模式“可擴展性”的深刻認識——本地化部署雖然毛利率較高(智譜長期維持在50%以上),但項目周期長、回款慢(智譜平均貿易應收款項周轉天數從2022年的23天拉長至2025年上半年的112天),難以支撐指數級增長。',
    gloss: {
      en: 'On-premise deployment has a high gross margin, but long projects and slow payment make it hard to sustain exponential growth.',
      'zh-hans': '本地化部署毛利率较高，但项目周期长、回款慢，难以支撑指数级增长。',
    },
  },
  {
    id: 's5.cloud-maas-pivot',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '這也是為什么智譜在未來戰(zhàn)略規(guī)劃中,反復(fù)強(qiáng)調(diào)向云端MaaS等更具可擴(kuò)展性的業(yè)務(wù)形態(tài)轉(zhuǎn)型。',
    gloss: {
      en: 'This is why Zhipu\'s plans keep stressing a shift to more scalable businesses such as cloud MaaS.',
      'zh-hans': '这也是智谱在战略规划中反复强调向云端MaaS等更具可扩展性业务转型的原因。',
    },
  },
  {
    id: 's1.maas-platform',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '公司主要通過MaaS(模型即服務(wù))平臺提供本地化部署和云端API服務(wù)。',
    gloss: {
      en: 'Zhipu mainly provides on-premise deployment and cloud API services through its MaaS (model-as-a-service) platform.',
      'zh-hans': '智谱主要通过MaaS（模型即服务）平台提供本地化部署和云端API服务。',
    },
  },
  {
    id: 's3.minimax-cash',
    seed: '002_79d82c02c037078b.txt',
    quote: '招股書顯示,截至2025年9月30日,MiniMax持有的現(xiàn)金及現(xiàn)金等價物余額約為10.46億美元,為其持續(xù)投入模型研發(fā)和算力資源提供了較為充足的資金保障。',
    gloss: {
      en: 'According to the prospectus, at 30 September 2025 MiniMax held about US$1.046 billion in cash and equivalents, a fairly ample cushion for continued research and compute.',
      'zh-hans': '招股书显示，截至2025年9月30日MiniMax现金及现金等价物约10.46亿美元，为持续投入研发和算力提供了较充足的资金保障。',
    },
  },
  {
    id: 's3.invest-less-earn-faster',
    seed: '002_79d82c02c037078b.txt',
    quote: '但從全球范圍來看,國內(nèi)AI企業(yè)資本投入相比于谷歌、微軟、Meta等企業(yè)顯然是非常少的,這就意味著在AI的商業(yè)化上,MiniMax以及智譜這類企業(yè)需要跑得更快。',
    gloss: {
      en: 'But Chinese AI companies invest far less than Google, Microsoft or Meta, so firms like MiniMax and Zhipu must commercialize faster.',
      'zh-hans': '但从全球看，国内AI企业资本投入远少于谷歌、微软、Meta，MiniMax和智谱这类企业在商业化上需要跑得更快。',
    },
  },
  {
    id: 's2.ipo-proceeds',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '招股書顯示,兩家企業均計劃將募資的70%以上繼續投入模型研發與AI基礎設施升級,這場“吞金”游戲遠未結束。',
    gloss: {
      en: 'Both companies plan to put more than 70% of the money raised into model research and AI infrastructure.',
      'zh-hans': '两家均计划将募资的70%以上投入模型研发与AI基础设施升级。',
    },
  },
  {
    id: 's4.listing-buys-time',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '上市融資可以短暫“續(xù)命”,但規(guī)模擴展與加速變現(xiàn),才是國內(nèi)純正的大模型廠商擺脫深度虧損的關鍵。',
    gloss: {
      en: 'A listing can extend a company\'s life for a while, but only scale and faster monetization can end the deep losses.',
      'zh-hans': '上市融资只能短暂“续命”，规模扩展与加速变现才是摆脱深度亏损的关键。',
    },
  },
]);
