/** Passages the "the-markets-verdict" chapter cites with <Cite p="…" />. See src/components/Cite.astro. */
import { definePassages } from './types';

export const theMarketsVerdictPassages = definePassages([
  {
    id: 's4.hearings-passed',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: 'Anthropic與OpenAI還在籌劃中,智譜與MiniMax已經(jīng)通過了港交所聆訊。',
    gloss: {
      en: 'Anthropic and OpenAI are still preparing to list; Zhipu and MiniMax have passed their Hong Kong listing hearings.',
      'zh-hans': 'Anthropic与OpenAI还在筹划上市，智谱与MiniMax已通过港交所聆讯。',
    },
  },
  {
    id: 's1.listings-within-two-days',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '1月8日,全球大模型第一股智譜正式登陸港交所,另一家大模型獨角獸MiniMax緊隨其后掛牌,短短兩天內(nèi)的密集上市動作,將中國AI大模型的商業(yè)敘事推到了幕前。',
    gloss: {
      en: 'On 8 January Zhipu, the world\'s first listed large-model company, listed in Hong Kong, and MiniMax followed right after: two listings within two days.',
      'zh-hans': '1月8日“全球大模型第一股”智谱登陆港交所，MiniMax紧随其后挂牌，两天内密集上市。',
    },
  },
  {
    id: 's1.valued-alike-before-listing',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '兩家同為“中國AI六小龍”中的佼佼者,上市前估值均在500億港元左右,都刷新了近年AI新股的認購熱度。',
    gloss: {
      en: 'Both were valued at about HK$50 billion before listing, and both set new highs for subscription demand among recent AI listings.',
      'zh-hans': '两家上市前估值均在500亿港元左右，都刷新了近年AI新股的认购热度。',
    },
  },
  {
    id: 's1.minimax-more-sought-after',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '從上市前的認購情況來看,MiniMax的熱度明顯高于智譜。',
    gloss: {
      en: 'Judged by subscriptions before listing, demand for MiniMax was clearly higher than for Zhipu.',
      'zh-hans': '从上市前认购情况看，MiniMax热度明显高于智谱。',
    },
  },
  {
    id: 's1.first-day-closes',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '上市首日,智譜盤中一度破發(fā),\u00a0收盤價較116.2港元/股的發(fā)行價上漲13.17%;MiniMax收盤價較165港元/股發(fā)行價上漲超109%。',
    gloss: {
      en: 'On its first day Zhipu briefly fell below its HK$116.2 offer price and closed 13.17% above it; MiniMax closed more than 109% above its HK$165 offer price.',
      'zh-hans': '上市首日智谱盘中一度破发，收盘较116.2港元发行价上涨13.17%；MiniMax收盘较165港元发行价上涨超109%。',
    },
  },
  {
    id: 's2.minimax-first-day',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: 'MiniMax首日漲幅即高達109.09%,市值突破千億港元大關。',
    gloss: {
      en: 'MiniMax rose 109.09% on its first day, and its market value passed HK$100 billion.',
      'zh-hans': 'MiniMax首日涨幅达109.09%，市值突破千亿港元。',
    },
  },
  {
    id: 's2.zhipu-afternoon-peak',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '智譜以“穩健”姿態拉開序幕,1月12日午后一度漲超60%,總市值突破千億港元。',
    gloss: {
      en: 'On the afternoon of 12 January Zhipu\'s shares were at one point up more than 60%, and its market value passed HK$100 billion.',
      'zh-hans': '1月12日午后智谱股价一度涨超60%，总市值突破千亿港元。',
    },
  },
  {
    id: 's1.market-values-as-of-writing',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '截至撰稿日,智譜和MiniMax的市值分別約為800億港元和1100億港元,估值差距較上市前進一步拉大。',
    gloss: {
      en: 'As of writing, Zhipu\'s market value was about HK$80 billion and MiniMax\'s about HK$110 billion, a wider gap than before listing.',
      'zh-hans': '截至撰稿日，智谱和MiniMax市值分别约800亿港元和1100亿港元，估值差距较上市前进一步拉大。',
    },
  },
  {
    id: 's1.zhipu-steady-minimax-hot',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '其中,智譜表現(xiàn)得穩(wěn)打穩(wěn)扎,而MiniMax則熱度更高。',
    gloss: {
      en: 'Zhipu has traded steadily, while MiniMax has drawn more heat.',
      'zh-hans': '其中智谱表现稳扎稳打，MiniMax热度更高。',
    },
  },
  {
    id: 's3.market-values-latest-close',
    seed: '002_79d82c02c037078b.txt',
    quote: '截至最新收盤,智譜市值為800億港元,而MiniMax市值達1128億港元。',
    gloss: {
      en: 'At the latest close, Zhipu\'s market value was HK$80 billion and MiniMax\'s HK$112.8 billion.',
      'zh-hans': '截至最新收盘，智谱市值800亿港元，MiniMax市值1128亿港元。',
    },
  },
  {
    id: 's3.revenues-compared',
    seed: '002_79d82c02c037078b.txt',
    quote: '從營收角度來看,智譜2023年至2024年,營收從1.25億元增長至3.12億元;MiniMax 2023年至2024年營收則從2451萬元爆發(fā)增長至2.19億元。',
    gloss: {
      en: 'Zhipu\'s revenue grew from RMB 125 million in 2023 to RMB 312 million in 2024; MiniMax\'s from RMB 24.51 million to RMB 219 million.',
      'zh-hans': '智谱营收由2023年的1.25亿元增至2024年的3.12亿元；MiniMax由2451万元增至2.19亿元。',
    },
  },
  {
    id: 's2.citic-forecast',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '中信證券預測,2025年智譜全年收入將達7.38億元,成為首家年收入突破1億美元的中國模型廠商。',
    gloss: {
      en: 'CITIC Securities forecasts Zhipu\'s 2025 revenue at RMB 738 million, which would make it the first Chinese model maker with annual revenue above US$100 million.',
      'zh-hans': '中信证券预测智谱2025年收入将达7.38亿元，成为首家年收入突破1亿美元的中国模型厂商。',
    },
  },
  {
    id: 's1.investor-consumer-first',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '有關(guān)注AI的投資人表示,在中國市場,投資者一般把C端公司的優(yōu)先級置于B端公司之上。',
    gloss: {
      en: 'An investor who follows AI says that in China investors generally rank consumer (To-C) companies ahead of enterprise (To-B) ones.',
      'zh-hans': '一位关注AI的投资人表示，在中国市场，投资者一般把C端公司的优先级置于B端公司之上。',
    },
  },
  {
    id: 's1.consumer-ceiling',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: 'MiniMax講了一個C端產(chǎn)品故事,用戶規(guī)模和商業(yè)模式的天花板更高;智譜的增長具備可預(yù)測性,爆發(fā)速度往往不及C端模式,前者往往更受資本市場青睞。',
    gloss: {
      en: 'MiniMax tells a consumer-product story with a higher ceiling for users and business model; Zhipu\'s growth is predictable but rarely as explosive, and markets tend to favour the former.',
      'zh-hans': 'MiniMax讲了一个C端产品故事，用户规模和商业模式天花板更高；智谱增长可预测，但爆发速度往往不及C端，前者更受资本市场青睐。',
    },
  },
  {
    id: 's3.consumer-logic',
    seed: '002_79d82c02c037078b.txt',
    quote: '我們認為,從以往市場邏輯來看,toC端的盈利能力一般要優(yōu)于toB端,而在科技互聯(lián)網(wǎng)行業(yè),一般toC市場更容易爆發(fā)。',
    gloss: {
      en: 'In the outlet\'s view, consumer businesses have generally been more profitable than enterprise ones, and in tech and internet markets consumer products take off more easily.',
      'zh-hans': '该文认为，从以往市场逻辑看，toC端盈利能力一般优于toB端，科技互联网行业的toC市场更容易爆发。',
    },
  },
  {
    id: 's3.minimax-reach',
    seed: '002_79d82c02c037078b.txt',
    quote: '相關資料顯示,MiniMax相比于智譜要晚成立2年多,但截至2025年三季度末,MiniMax產(chǎn)品已覆蓋200多個國家和地區(qū),累計個人用戶規(guī)模超過2.12億。2025年前九個月,公司收入同比增長逾170%,其中海外市場貢獻收入占比超過七成。',
    gloss: {
      en: 'MiniMax was founded more than two years after Zhipu, yet by the end of September 2025 its products reached more than 200 countries and regions and more than 212 million users; revenue in the first nine months of 2025 grew more than 170%, over 70% of it from abroad.',
      'zh-hans': 'MiniMax比智谱晚成立两年多，截至2025年三季度末产品覆盖200多个国家和地区，累计个人用户超2.12亿；2025年前九个月收入同比增长逾170%，海外收入占比超七成。',
    },
  },
  {
    id: 's3.price-reasonable',
    seed: '002_79d82c02c037078b.txt',
    quote: '因此,市場目前給予的估值,處于合理范圍。',
    gloss: {
      en: 'So the market\'s current valuation is within a reasonable range.',
      'zh-hans': '因此，市场目前给予的估值处于合理范围。',
    },
  },
  {
    id: 's3.valuation-not-lasting',
    seed: '002_79d82c02c037078b.txt',
    quote: '但值得注意的是,這一估值并非長期有效,而在快速變化的行業(yè)背景下,模型的迭代很容易對估值造成重大影響,且隨著企業(yè)上市,未來在產(chǎn)品的考量上還要疊加收入預期的變化。',
    gloss: {
      en: 'But the valuation will not hold for long: in a fast-moving industry new models can hit valuations hard, and once listed a company is judged on revenue expectations too.',
      'zh-hans': '但这一估值并非长期有效：行业变化快，模型迭代易对估值造成重大影响，上市后还要叠加收入预期的变化。',
    },
  },
  {
    id: 's4.gross-margins',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '目前,MiniMax的整體毛利率約為23.3%,其中,API調(diào)用的毛利率接近70%,AI原生產(chǎn)品的約為4.7%。智譜的整體毛利率約為50%,其中,API調(diào)用在0%之間搖擺,私有化部署則維持在60%左右。',
    gloss: {
      en: 'MiniMax\'s overall gross margin is about 23.3% (API calls nearly 70%, AI-native products about 4.7%); Zhipu\'s is about 50% (API calls around 0%, private deployment about 60%).',
      'zh-hans': 'MiniMax整体毛利率约23.3%（API调用近70%，AI原生产品约4.7%）；智谱整体毛利率约50%（API调用在0%附近，私有化部署约60%）。',
    },
  },
  {
    id: 's2.new-valuation-paradigm',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '它標志著港股乃至全球資本市場對中國大模型企業的估值認知已實現突破——從傳統的PE、PB框架,轉向更加注重“技術資產”與“生態潛力”的新范式。',
    gloss: {
      en: 'The listings mark a shift in how markets value Chinese model makers: from price-to-earnings and price-to-book frameworks toward technology assets and ecosystem potential.',
      'zh-hans': '两家上市标志着资本市场对中国大模型企业的估值认知从传统的市盈率、市净率框架转向注重“技术资产”与“生态潜力”的新范式。',
    },
  },
  {
    id: 's3.wrong-route-worthless',
    seed: '002_79d82c02c037078b.txt',
    quote: '因為市場的估值并非一成不變,得到市場認證的技術路線才能獲得高估值。而那些押錯寶的企業(yè),未來會隨著部分技術路線的淘汰而變得“一文不值”。',
    gloss: {
      en: 'Valuations are not fixed: only technology routes the market trusts earn high valuations, and companies that bet on the wrong route may become worthless.',
      'zh-hans': '估值并非一成不变，只有得到市场认证的技术路线才能获得高估值，押错宝的企业可能变得“一文不值”。',
    },
  },
  {
    id: 's3.investors-want-exits',
    seed: '002_79d82c02c037078b.txt',
    quote: '從這個角度來看,部分投資機構已有了變現(xiàn)的意愿,因此IPO也成了“退出”的重要途徑。',
    gloss: {
      en: 'Some investors already want to cash in, so a listing has become an important way out.',
      'zh-hans': '部分投资机构已有变现意愿，IPO成为“退出”的重要途径。',
    },
  },
  {
    id: 's3.sensetime-risk',
    seed: '002_79d82c02c037078b.txt',
    quote: '除此之外,持續(xù)的巨額的投入對于MiniMax而言也是未來的風險點,如果其產(chǎn)品投入不能快速轉化成收入。未來營收增速一旦放緩,那么企業(yè)估值將會受到很大的挑戰(zhàn),屆時,其有可能面臨同商湯科技當下一樣的尷尬局面。',
    gloss: {
      en: 'MiniMax\'s heavy spending is a risk if it does not turn quickly into revenue; if growth slows, its valuation will be tested, and it could end up in the same awkward position as SenseTime today.',
      'zh-hans': '持续巨额投入是MiniMax的风险点：投入若不能快速转化为收入、营收增速一旦放缓，估值将受到挑战，可能面临与商汤当下一样的尴尬局面。',
    },
  },
  {
    id: 's1.yan-at-sensetime',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '后來加入了商湯科技,從實習(xí)生一路升至集團副總裁',
    gloss: {
      en: 'Yan Junjie joined SenseTime and rose from intern to group vice president.',
      'zh-hans': '闫俊杰加入商汤科技，从实习生一路升至集团副总裁。',
    },
  },
]);
