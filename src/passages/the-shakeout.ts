/** Passages the "the-shakeout" chapter cites with <Cite p="…" />. See src/components/Cite.astro. */
import { definePassages } from './types';

export const theShakeoutPassages = definePassages([
  {
    id: 's2.first-ashore',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '智譜與MiniMax率先“上岸”,通過二級市場獲得了繼續競賽的“彈藥”',
    gloss: {
      en: 'Zhipu and MiniMax were first to "reach the shore", winning ammunition for the race from the stock market.',
      'zh-hans': '智谱与MiniMax率先“上岸”，从二级市场拿到继续竞赛的“弹药”。',
    },
  },
  {
    id: 's5.dream-gives-way',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '在這一節(jié)點上,AGI的夢想敘事,開始讓位于更清晰的財務(wù)邏輯和資本回報要求',
    gloss: {
      en: 'At this point the dream of AGI begins to give way to clearer financial logic and demands for a return on capital.',
      'zh-hans': '此时AGI的梦想叙事开始让位于更清晰的财务逻辑和资本回报要求。',
    },
  },
  {
    id: 's2.six-tigers',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '曾經被津津樂道的“大模型六小虎”,在經歷三年劇烈洗牌后,已呈現明顯分化',
    gloss: {
      en: 'The much-discussed "six tigers" of large models have clearly split after three years of fierce reshuffling.',
      'zh-hans': '曾被津津乐道的“大模型六小虎”，经历三年剧烈洗牌后已明显分化。',
    },
  },
  {
    id: 's5.six-tigers',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '在行業(yè)此前津津樂道的“大模型六小虎”中,除了已經(jīng)“上岸”的智譜和MiniMax,還留在基模牌桌的,大概就只剩下月之暗面和階躍了',
    gloss: {
      en: 'Of the much-discussed "six tigers", besides Zhipu and MiniMax, which have reached the shore, probably only Moonshot AI and StepFun remain at the foundation-model table.',
      'zh-hans': '“大模型六小虎”中，除已“上岸”的智谱和MiniMax，还留在基模牌桌的大概只剩月之暗面和阶跃。',
    },
  },
  {
    id: 's1.six-dragons',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '兩家同為“中國AI六小龍”中的佼佼者',
    gloss: {
      en: 'Both are standouts among "China\'s six little AI dragons".',
      'zh-hans': '两家同为“中国AI六小龙”中的佼佼者。',
    },
  },
  {
    id: 's5.other-two',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '相比之下,“六小虎”中其余兩家,即百川智能與零一萬物,則已基本不再被視為通用基礎(chǔ)模型的直接競爭者',
    gloss: {
      en: 'The other two of the six tigers, Baichuan and 01.AI, are largely no longer seen as direct competitors in general foundation models.',
      'zh-hans': '“六小虎”中其余两家，百川智能与零一万物，已基本不再被视为通用基础模型的直接竞争者。',
    },
  },
  {
    id: 's5.room-to-explore',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '至少從結(jié)果來看,資本仍愿意為月之暗面繼續(xù)探索未來留出空間',
    gloss: {
      en: 'Judging by results, investors are still willing to give Moonshot room to keep exploring.',
      'zh-hans': '至少从结果看，资本仍愿意为月之暗面继续探索留出空间。',
    },
  },
  {
    id: 's5.moonshot-round',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '月之暗面在智譜和MiniMax激烈爭奪大模型第一股的同期,發(fā)布了一則融資資訊:其完成了5億美元規(guī)模的C輪融資,由IDG領(lǐng)投,阿里、騰訊、王慧文等老股東超額認(rèn)購,投后估值43億美元',
    gloss: {
      en: 'While Zhipu and MiniMax fought to be the first listed large-model company, Moonshot closed a US$500 million Series C led by IDG and oversubscribed by existing shareholders including Alibaba, Tencent and Wang Huiwen, at a US$4.3 billion post-money valuation.',
      'zh-hans': '智谱与MiniMax激烈争夺“大模型第一股”之际，月之暗面完成5亿美元C轮融资，IDG领投，老股东超额认购，投后估值43亿美元。',
    },
  },
  {
    id: 's5.moonshot-cash',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '同步被披露的,還有月之暗面創(chuàng)始人、CEO楊植麟發(fā)布的內(nèi)部信,其中最引人矚目的無疑是,月之暗面當(dāng)前有超過100億元人民幣現(xiàn)金儲備。這一規(guī)模比智譜、MiniMax在二級市場公開招股募得的資金還要多',
    gloss: {
      en: 'Yang Zhilin\'s internal letter says Moonshot holds more than RMB 10 billion in cash, more than Zhipu and MiniMax raised in their public offerings.',
      'zh-hans': '杨植麟内部信称月之暗面现金储备超过100亿元，比智谱、MiniMax公开招股募资还多。',
    },
  },
  {
    id: 's5.letter-outreach',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '近期多位投資和AI行業(yè)領(lǐng)域的KOL,均接到來自月之暗面方面關(guān)于融資信息及內(nèi)部信內(nèi)容的發(fā)布邀約。從這個角度看,這封內(nèi)部信除了是一份穩(wěn)定內(nèi)部團(tuán)隊的戰(zhàn)略宣示,也構(gòu)成了一次面向外部的預(yù)期管理行為',
    gloss: {
      en: 'Several investment and AI commentators were invited to publish the funding news and the letter, making it an exercise in managing outside expectations too.',
      'zh-hans': '投资圈和AI圈的多位意见领袖收到代为发布融资信息和内部信的邀约，这封信也是一次面向外部的预期管理。',
    },
  },
  {
    id: 's5.no-hurry',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '也由此,月之暗面表示自己并不著急上市',
    gloss: {
      en: 'Moonshot says it is in no hurry to list.',
      'zh-hans': '月之暗面表示自己并不着急上市。',
    },
  },
  {
    id: 's5.agents',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '在商業(yè)化路徑上,楊植麟表示將聚焦 Agent,“不以絕對用戶數(shù)量為目標(biāo),而是追求智能上限”',
    gloss: {
      en: 'Yang says Moonshot will focus on agents, aiming for the ceiling of intelligence rather than user numbers.',
      'zh-hans': '杨植麟表示将聚焦Agent，不以绝对用户数量为目标，而是追求智能上限。',
    },
  },
  {
    id: 's5.baichuan-wobble',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '一名此前曾在百川本地化部署服務(wù)板塊任職的人士告訴《科創(chuàng)板日報》記者,百川在戰(zhàn)略上的明顯搖擺出現(xiàn)在2024年底',
    gloss: {
      en: 'A person who once worked in Baichuan\'s on-premise deployment unit told STAR Market Daily that Baichuan\'s strategy visibly wavered at the end of 2024.',
      'zh-hans': '一名曾在百川本地化部署服务板块任职的人士告诉《科创板日报》，百川战略上的明显摇摆出现在2024年底。',
    },
  },
  {
    id: 's5.baichuan-stall',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '下面的人想推進(jìn)工作,決策層不置可否,大概有一個多月的時間都處于這種狀態',
    gloss: {
      en: 'Staff wanted to push work forward, the leadership would neither approve nor refuse, and it stayed that way for a month or more.',
      'zh-hans': '下面的人想推进工作，决策层不置可否，大概一个多月都处于这种状态。',
    },
  },
  {
    id: 's5.sunk-cost',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '這樣一段決策停滯期,對一家初創(chuàng)公司本身就是一種高昂的沉沒成本',
    gloss: {
      en: 'Such a stall in decisions is, for a start-up, a costly sunk cost.',
      'zh-hans': '这样一段决策停滞期，对初创公司本身就是高昂的沉没成本。',
    },
  },
  {
    id: 's5.baichuan-layoffs',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '而在這一個月后的2025年初,包括其在內(nèi)的百川智能接近70%的員工,收到了公司發(fā)出的裁撤通知。這也意味著,包括本地化部署服務(wù)在內(nèi)的原有業(yè)務(wù)板塊,最終在百川體系內(nèi)被整體取消。裁員完成后,百川智能剩余的大約百人團(tuán)隊,已全部圍繞其最終收斂的醫(yī)療AI方向展開工作',
    gloss: {
      en: 'A month later, early in 2025, nearly 70% of Baichuan\'s staff, him included, were given notice; the original businesses, on-premise deployment among them, were shut, and the remaining team of about a hundred works entirely on medical AI.',
      'zh-hans': '一个月后的2025年初，包括他在内近70%的百川员工收到裁撤通知，包括本地化部署在内的原有业务被整体取消，剩余约百人团队全部转向医疗AI。',
    },
  },
  {
    id: 's5.smooth-until',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '早期百川發(fā)展勢頭迅猛,直到2024年中對外官宣完成50億元融資,公司整體運行仍較為平穩',
    gloss: {
      en: 'Baichuan grew fast early on and ran smoothly until it announced a RMB 5 billion round in mid-2024.',
      'zh-hans': '百川早期发展迅猛，直到2024年中官宣完成50亿元融资，整体运行仍较平稳。',
    },
  },
  {
    id: 's5.too-heavy',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '該人士認(rèn)為,本地化部署、定制化服務(wù)之所以被放棄,核心并不在于短期現(xiàn)金問題,而在于這類業(yè)務(wù)本身“太重”',
    gloss: {
      en: 'He believes on-premise and custom services were dropped not because of a short-term cash problem but because such work is "too heavy".',
      'zh-hans': '该人士认为，本地化部署、定制化服务被放弃，核心不在短期现金问题，而在于这类业务本身“太重”。',
    },
  },
  {
    id: 's5.each-project',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '每推進(jìn)一個定制化項目,背后都需要持續(xù)投入算力、工程和運維資源',
    gloss: {
      en: 'Every custom project needs continuing spending on compute, engineering and operations.',
      'zh-hans': '每推进一个定制化项目，背后都需要持续投入算力、工程和运维资源。',
    },
  },
  {
    id: 's5.runway',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '至少在兩到三年的維度內(nèi),百川不至于倒閉,但醫(yī)療這個方向能走多遠(yuǎn),現(xiàn)在也很難看到一個清晰的趨勢',
    gloss: {
      en: 'On its cash, Baichuan will not fail for at least two to three years, but how far medicine can take it is unclear.',
      'zh-hans': '从资金看，两到三年内百川不至于倒闭，但医疗方向能走多远尚难判断。',
    },
  },
  {
    id: 's2.vertical',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '而百川智能與零一萬物,則已基本退出通用基礎模型的直接競爭,轉向醫療AI等垂直領域深耕',
    gloss: {
      en: 'Baichuan and 01.AI have largely left direct competition in general foundation models for vertical fields such as medical AI.',
      'zh-hans': '百川智能与零一万物已基本退出通用基础模型的直接竞争，转向医疗AI等垂直领域。',
    },
  },
  {
    id: 's5.bytedance-all-in',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '在云啟資本管理合伙人陳昱于近日一檔播客的講述中,字節(jié)是直到2024年中才正式?jīng)Q定全力自研大模型',
    gloss: {
      en: 'On a podcast, Chen Yu of Cloud Capital said ByteDance decided only in mid-2024 to go all in on its own large models.',
      'zh-hans': '云启资本管理合伙人陈昱在播客中称，字节直到2024年中才正式决定全力自研大模型。',
    },
  },
  {
    id: 's5.bytedance-late',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '這個時間比大模型創(chuàng)業(yè)企業(yè)爭相成立的窗口期,足足晚了一年3個月',
    gloss: {
      en: 'That was a full year and three months after the window in which the model start-ups were founded.',
      'zh-hans': '这比大模型创业企业争相成立的窗口期足足晚了一年3个月。',
    },
  },
  {
    id: 's5.bytedance-buyout',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '而在此之前,字節(jié)采取的策略是收購。陳昱在上述播客中透露,字節(jié)曾對MiniMax、階躍都曾拋出過收購的橄欖枝,但都被后者拒絕了',
    gloss: {
      en: 'Before that ByteDance tried acquisitions; Chen Yu says it approached MiniMax and StepFun, and both said no.',
      'zh-hans': '此前字节的策略是收购，陈昱透露字节曾向MiniMax、阶跃抛出橄榄枝，均被拒绝。',
    },
  },
  {
    id: 's5.doubao-releases',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '從公開信息來看,也確實是在上述時間點之后,字節(jié)在模型研發(fā)上開始更密集地發(fā)布成果,包括在2024年5月首次發(fā)布“豆包大模型”家族;8月升級了圖生圖等多模態(tài)生成和理解能力',
    gloss: {
      en: 'After that point ByteDance released more often: the Doubao model family in May 2024, image-to-image and other multimodal abilities in August.',
      'zh-hans': '此后字节更密集地发布成果：2024年5月首次发布豆包大模型家族，8月升级图生图等多模态能力。',
    },
  },
  {
    id: 's5.bytedance-offensive',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '進(jìn)入2025年,字節(jié)豆包模型能力再度躍遷,其打法也開始顯著轉(zhuǎn)向進(jìn)攻型。這不僅體現(xiàn)在對AI對話應(yīng)用本身的持續(xù)升級,以及通過內(nèi)部流量打通迅速推高月活等動作上,還包括以低價策略搶占B端市場,以及向硬件領(lǐng)域展開的激進(jìn)生態(tài)擴(kuò)張',
    gloss: {
      en: 'In 2025 ByteDance turned to attack: internal traffic to lift Doubao\'s users, low prices for business customers, and an aggressive push into hardware.',
      'zh-hans': '2025年字节打法转向进攻：内部流量推高月活、低价抢占B端、激进扩张硬件生态。',
    },
  },
  {
    id: 's5.bytedance-hardware',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '先是與中興合作推出的努比亞AI手機(jī),在互聯(lián)網(wǎng)大廠和手機(jī)廠商中引發(fā)強(qiáng)烈反應(yīng);隨后,字節(jié)計劃推出AI眼鏡的消息再度發(fā)酵',
    gloss: {
      en: 'First a Nubia AI phone made with ZTE, then news of planned ByteDance AI glasses.',
      'zh-hans': '先是与中兴合作的努比亚AI手机，随后是字节计划推出AI眼镜的消息。',
    },
  },
  {
    id: 's4.ad-slots',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '豆包、元寶等都在大幅擠占昂貴的曝光位,初創(chuàng)企業(yè)很難與之匹敵',
    gloss: {
      en: 'Doubao, Yuanbao and others are buying up expensive ad placements that start-ups can hardly match.',
      'zh-hans': '豆包、元宝等大幅挤占昂贵曝光位，初创企业难以匹敌。',
    },
  },
  {
    id: 's5.deepseek-moment',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '而隨著DeepSeek時刻的到來,開源模型能力迅速下沉,更龐大的用戶規(guī)模形成了AI助手的使用習(xí)慣',
    gloss: {
      en: 'With the DeepSeek moment, capable open-source models spread fast and a far larger public got used to AI assistants.',
      'zh-hans': '随着DeepSeek时刻到来，开源模型能力迅速下沉，更庞大的用户形成了AI助手的使用习惯。',
    },
  },
  {
    id: 's5.deepseek-signal',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '回過頭來看,DeepSeek 的強(qiáng)勢崛起,對大模型創(chuàng)業(yè)公司而言無疑是一場生死存亡的拷問;但對字節(jié)、阿里、騰訊等互聯(lián)網(wǎng)大廠來說,卻更像是一個明確分化路徑、并堅定繼續(xù)加碼投入的信號',
    gloss: {
      en: 'DeepSeek\'s rise was a life-or-death test for the model start-ups, but for ByteDance, Alibaba and Tencent a signal to choose a path and invest more.',
      'zh-hans': 'DeepSeek强势崛起，对创业公司是生死拷问，对字节、阿里、腾讯却是分化路径、继续加码的信号。',
    },
  },
  {
    id: 's5.alibaba-cloud',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '而在此之前的很長一段時間里,阿里對大模型的戰(zhàn)略定位,都是優(yōu)先嵌入云計算與企業(yè)服務(wù)體系,試圖延續(xù)其在云計算時代“賣底座”的路徑',
    gloss: {
      en: 'For a long time Alibaba put its models first into its cloud and enterprise services, selling the base layer as in the cloud era.',
      'zh-hans': '此前很长时间，阿里优先把大模型嵌入云计算与企业服务，延续“卖底座”路径。',
    },
  },
  {
    id: 's5.qwen-open',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '直到2024年,隨著Qwen系列模型持續(xù)迭代、并選擇全面開源,阿里才逐步將競爭重心從單一模型能力,前移至開發(fā)者生態(tài)與平臺層面',
    gloss: {
      en: 'In 2024, as Qwen kept improving and was fully open-sourced, Alibaba moved the contest to developers and platforms.',
      'zh-hans': '2024年随着Qwen持续迭代并全面开源，阿里把竞争重心前移至开发者生态与平台。',
    },
  },
  {
    id: 's5.alibaba-consumer',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '阿里意識到僅依托云與 To B 體系,已難以覆蓋大模型競爭的全部戰(zhàn)場。隨后,阿里開始明顯加快C端布局節(jié)奏,推動“通義”向“千問”統(tǒng)一品牌演進(jìn),并將更多資源投入到面向用戶的AI助手形態(tài)之中',
    gloss: {
      en: 'Alibaba saw that cloud and business services could not cover the whole contest, sped up its consumer push and unified its brand from Tongyi to Qianwen.',
      'zh-hans': '阿里意识到仅靠云与To B体系难以覆盖全部战场，加快C端布局，推动“通义”向“千问”统一品牌。',
    },
  },
  {
    id: 's5.tencent-late',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '而和字節(jié)、阿里的激進(jìn)不同,DeepSeek的出現(xiàn)似乎仍未讓騰訊在模型敘事上展開正面回應(yīng),而是對模型來源和使用方式進(jìn)行了重新權(quán)衡,在保證可控性的前提下,快速吸收成熟模型能力,并嵌入到自身的成熟產(chǎn)品中',
    gloss: {
      en: 'Unlike ByteDance and Alibaba, Tencent made no head-on answer to DeepSeek; it rethought where its models come from, absorbing mature models while keeping control and building them into its own products.',
      'zh-hans': '与字节、阿里不同，腾讯在保证可控的前提下吸收成熟模型能力，嵌入自身成熟产品。',
    },
  },
  {
    id: 's5.tencent-hurry',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '而隨著大廠策略的持續(xù)激進(jìn),騰訊一貫的后發(fā)制人戰(zhàn)略,似乎也不再“從從容容,游刃有余”。高薪挖掘OpenAI前研究員姚順雨,并進(jìn)行了大刀闊斧的組織架構(gòu)調(diào)整,被外界解讀為騰訊“急了”',
    gloss: {
      en: 'As rivals grew more aggressive, Tencent\'s late-mover calm slipped: a highly paid hire of former OpenAI researcher Yao Shunyu and a sweeping reorganization read as haste.',
      'zh-hans': '随着大厂策略持续激进，腾讯后发制人也不再从容；高薪挖来姚顺雨并大幅调整组织架构，被外界解读为“急了”。',
    },
  },
  {
    id: 's3.yao-title',
    seed: '002_79d82c02c037078b.txt',
    quote: '騰訊新任首席AI科學家姚順雨則認為,隨著技術重點轉向Agent,商業(yè)化路徑也出現(xiàn)了明顯分化',
    gloss: {
      en: 'Tencent\'s new chief AI scientist Yao Shunyu says that as the focus shifts to agents, the ways to make money are splitting.',
      'zh-hans': '腾讯新任首席AI科学家姚顺雨认为，随着技术重点转向Agent，商业化路径明显分化。',
    },
  },
  {
    id: 's5.asymmetry',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '從大模型行業(yè)三年來的發(fā)展軌跡看,在新的技術(shù)周期中,字節(jié)等大廠擁有更長的時間周期和更大的容錯空間,可以先觀望、再 All in,在既有體系中保持持續(xù)推進(jìn)的決心與組織適配能力;而對創(chuàng)業(yè)公司來說,每一步都必須踩準(zhǔn)行業(yè)節(jié)律,不僅需要足夠的資源,還需要領(lǐng)導(dǎo)層在關(guān)鍵節(jié)點作出果斷決策,并由組織高效執(zhí)行,否則就會被迫在中場提前出局',
    gloss: {
      en: 'Giants have longer horizons and more room for error, so they can watch and then go all in; a start-up must get every step right, with leaders who decide at key moments, or be forced out at half-time.',
      'zh-hans': '大厂时间周期更长、容错空间更大，可以先观望再全力投入；创业公司每一步都须踩准节律、关键节点果断决策，否则会在中场提前出局。',
    },
  },
  {
    id: 's4.pure-play',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '在招股書中,MiniMax將自己稱為純正(pureplay)的大模型廠商。它的核心資源、技術積累以及商業(yè)模式都圍繞大模型本身展開;與之相對的,谷歌、阿里巴巴等科技巨頭',
    gloss: {
      en: 'MiniMax calls itself a pure-play model maker, built around models alone, unlike giants such as Google and Alibaba.',
      'zh-hans': 'MiniMax在招股书中自称纯正的大模型厂商，与谷歌、阿里巴巴等巨头相对。',
    },
  },
  {
    id: 's4.hundredfold',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '這與OpenAI或Anthropic等全球“純正的大模型廠商”存在上百倍差距',
    gloss: {
      en: 'Against global pure plays such as OpenAI or Anthropic, the gap is a hundredfold or more.',
      'zh-hans': '与OpenAI或Anthropic等全球纯正大模型厂商存在上百倍差距。',
    },
  },
  {
    id: 's4.hearings',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: 'Anthropic與OpenAI還在籌劃中,智譜與MiniMax已經(jīng)通過了港交所聆訊',
    gloss: {
      en: 'Anthropic and OpenAI are still planning their listings; Zhipu and MiniMax have passed the Hong Kong exchange hearing.',
      'zh-hans': 'Anthropic与OpenAI还在筹划上市，智谱与MiniMax已通过港交所聆讯。',
    },
  },
  {
    id: 's4.openai-revenue',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: 'OpenAI去年收入約為37億美元,今年上半年收入約43億美元,全年收入約130億美元,保持4倍左右的增速',
    gloss: {
      en: 'OpenAI took in about US$3.7 billion last year, about US$4.3 billion in the first half of this year and about US$13 billion for the full year, growing about fourfold.',
      'zh-hans': 'OpenAI去年收入约37亿美元，今年上半年约43亿美元，全年约130亿美元，保持4倍左右增速。',
    },
  },
  {
    id: 's4.anthropic',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: 'Anthropic則從年初的約10億美元年化營收(ARR),激增到全年預計70億美元,明年甚至有望達到200-260億美元',
    gloss: {
      en: 'Anthropic went from about US$1 billion of annualized revenue (ARR) at the start of the year to an expected US$7 billion for the full year, and perhaps US$20–26 billion next year.',
      'zh-hans': 'Anthropic从年初约10亿美元年化营收（ARR）激增到全年预计70亿美元，明年有望达到200-260亿美元。',
    },
  },
  {
    id: 's4.manus',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '即使是同樣由中國團隊打造的Manus,預計今年ARR也超過了1億美元。當然,ARR并不意味著實際營收,而且,即使能夠全部兌現(xiàn),它與當期的實際營收之間也天然存在時間差。不過,Manus的通用智能體產(chǎn)品年初才剛誕生,凸顯了其變現(xiàn)速度',
    gloss: {
      en: 'Manus, also built by a Chinese team, expects ARR above US$100 million this year; ARR is not booked revenue, but its agent product was born only this year.',
      'zh-hans': '同样由中国团队打造的Manus今年ARR预计超1亿美元；ARR并不等于实际营收，但其产品年初才诞生。',
    },
  },
  {
    id: 's3.run-faster',
    seed: '002_79d82c02c037078b.txt',
    quote: '但從全球范圍來看,國內(nèi)AI企業(yè)資本投入相比于谷歌、微軟、Meta等企業(yè)顯然是非常少的,這就意味著在AI的商業(yè)化上,MiniMax以及智譜這類企業(yè)需要跑得更快',
    gloss: {
      en: 'Chinese AI companies invest far less than Google, Microsoft or Meta, so firms such as MiniMax and Zhipu must commercialize faster.',
      'zh-hans': '国内AI企业资本投入远少于谷歌、微软、Meta，MiniMax和智谱这类企业需要在商业化上跑得更快。',
    },
  },
  {
    id: 's3.yao-gap',
    seed: '002_79d82c02c037078b.txt',
    quote: '騰訊新任首席AI科學家姚順雨認為,在商業(yè)、產(chǎn)業(yè)設計和工程層面,中國已經(jīng)具備比肩甚至超越美國的能力,唯獨在前沿范式的探索上,還需要更多有創(chuàng)業(yè)精神和冒險精神的人,敢于投身未知的領域',
    gloss: {
      en: 'Yao Shunyu says China already matches or beats the US in business, industrial design and engineering, and lacks only enough risk-takers at the research frontier.',
      'zh-hans': '姚顺雨认为中国在商业、产业设计和工程层面已比肩甚至超越美国，唯独前沿范式探索还需更多敢冒险的人。',
    },
  },
  {
    id: 's4.flywheel',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '支撐OpenAI和Anthropic規(guī)模化增長的,是所謂“算力—收入”飛輪。它們的收入規(guī)模與增速,更多地受限于有效算力的規(guī)模與增速。它們也因此更激進地與AI芯片廠商及云廠商綁定在一起',
    gloss: {
      en: 'A compute-revenue flywheel drives OpenAI and Anthropic: revenue is limited by usable compute, so they bind themselves to chip makers and cloud providers.',
      'zh-hans': '支撑OpenAI和Anthropic增长的是“算力—收入”飞轮，收入受限于有效算力，因此与芯片厂商及云厂商深度绑定。',
    },
  },
  {
    id: 's4.altman-brockman',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '近期,OpenAI首席執(zhí)行官奧特曼稱,公司去年至今算力規(guī)模約增長了3倍,與收入增幅相近。難怪總裁布洛克曼(Greg Brockman)認為,如果算力增長10倍,收入也將增長10倍',
    gloss: {
      en: 'Sam Altman says OpenAI\'s compute has grown about threefold since last year, like revenue; Greg Brockman believes tenfold compute would mean tenfold revenue.',
      'zh-hans': '奥特曼称OpenAI算力规模去年至今约增长3倍，与收入增幅相近；布洛克曼认为算力增长10倍，收入也将增长10倍。',
    },
  },
  {
    id: 's4.altman-target',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '奧特曼樂觀預計,2027年收入將達到千億美元級別',
    gloss: {
      en: 'Altman optimistically expects revenue on the order of US$100 billion in 2027.',
      'zh-hans': '奥特曼乐观预计2027年收入将达到千亿美元级别。',
    },
  },
  {
    id: 's4.openai-loss',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '此前,有外媒披露,截至2025年上半年,OpenAI凈虧損約為135億美元;還有人根據(jù)微軟財報推測,OpenAI單季度虧損115億美元',
    gloss: {
      en: 'Foreign media reported that OpenAI lost about US$13.5 billion in the first half of 2025; others, working from Microsoft\'s accounts, estimate a single quarter\'s loss at US$11.5 billion.',
      'zh-hans': '有外媒披露，2025年上半年OpenAI净亏损约135亿美元；还有人根据微软财报推测其单季度亏损115亿美元。',
    },
  },
  {
    id: 's4.less-pressure',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '相比之下,一直以來被懷疑資金鏈緊張,甚至可能導致明年“AI泡沫”破滅的OpenAI,變現(xiàn)壓力甚至要比中國同行業(yè)們更小一點。它雖然花錢多,但賺得也更多',
    gloss: {
      en: 'OpenAI, long suspected of a cash squeeze, is under less pressure to monetize than its Chinese peers: it spends more, but it also earns more.',
      'zh-hans': '一直被怀疑资金链紧张的OpenAI，变现压力甚至比中国同行更小：花得多，也赚得更多。',
    },
  },
  {
    id: 's4.cash-flow',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: 'Anthropic更是預計最早將在2027年實現(xiàn)現(xiàn)金流轉(zhuǎn)正,比OpenAI的2030年目標提前三年',
    gloss: {
      en: 'Anthropic expects positive cash flow as early as 2027, three years ahead of OpenAI\'s 2030 target.',
      'zh-hans': 'Anthropic预计最早2027年现金流转正，比OpenAI的2030年目标提前三年。',
    },
  },
  {
    id: 's4.reprieve',
    seed: '003_4ba4f3a6b780e9f1.txt',
    quote: '上市融資可以短暫“續(xù)命”,但規(guī)模擴展與加速變現(xiàn),才是國內(nèi)純正的大模型廠商擺脫深度虧損的關鍵',
    gloss: {
      en: 'Listing buys a brief reprieve; scale and faster monetization are what will pull China\'s pure plays out of deep losses.',
      'zh-hans': '上市融资可以短暂“续命”，规模扩展与加速变现才是纯正大模型厂商摆脱深度亏损的关键。',
    },
  },
  {
    id: 's3.yao-drift',
    seed: '002_79d82c02c037078b.txt',
    quote: '他表示,toC與toB的邏輯將漸行漸遠。在toC市場,用戶體驗的提升并不必然帶來留存提升;但在toB市場,企業(yè)最恐懼的不是慢,而是“錯且不可控”',
    gloss: {
      en: 'Yao says the logic of consumer and business AI will drift apart: better experience need not keep consumers, while businesses fear being wrong and out of control more than being slow.',
      'zh-hans': '姚顺雨表示toC与toB的逻辑将渐行渐远：toC体验提升未必带来留存，toB企业最怕的是“错且不可控”。',
    },
  },
  {
    id: 's2.no-winner',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '在AI商業化初期階段,這兩種路徑并無絕對優劣,而是適應不同市場環境與企業稟賦的理性選擇',
    gloss: {
      en: 'At this early stage of commercial AI neither path is absolutely better; each is a rational choice for its market and its company.',
      'zh-hans': '在AI商业化初期，这两种路径并无绝对优劣，是适应不同市场与企业禀赋的理性选择。',
    },
  },
  {
    id: 's1.too-early',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '但目前來看,兩家公司都處于上市初期,正針對各自業(yè)務(wù)短板加速調(diào)整與優(yōu)化,當(dāng)下很難判斷到底哪種路徑會更為正確',
    gloss: {
      en: 'Both companies are early in their life as listed companies, and it is hard to say yet which path is right.',
      'zh-hans': '两家公司都处于上市初期，当下很难判断哪种路径更为正确。',
    },
  },
  {
    id: 's5.endgame',
    seed: '004_6f532d619fe0ccd9.txt',
    quote: '而大模型當(dāng)前的終局,也并非勝負(fù)已定,而是競爭的模式又進(jìn)行了一輪迭代:不再獎勵想象力本身,而只留給那些能夠長期承受投入、并將技術(shù)嵌入真實需求體系的玩家',
    gloss: {
      en: 'The contest is not decided, but its rules have changed: imagination alone is no longer rewarded, only players who can sustain investment and embed technology in real demand.',
      'zh-hans': '大模型终局并非胜负已定，而是竞争模式又迭代一轮：不再奖励想象力本身，只留给能长期承受投入、把技术嵌入真实需求的玩家。',
    },
  },
  {
    id: 's2.endgame',
    seed: '001_40c4bf3fcd9b3358.txt',
    quote: '不再獎勵想象力本身,而只留給那些能夠長期承受投入、并將技術嵌入真實需求體系的玩家',
    gloss: {
      en: 'Imagination alone is no longer rewarded, only players who can sustain investment and embed technology in real demand.',
      'zh-hans': '不再奖励想象力本身，只留给能长期承受投入、并将技术嵌入真实需求体系的玩家。',
    },
  },
  {
    id: 's1.who-lives',
    seed: '000_782df8b27d5ad9c6.txt',
    quote: '在全球投資者的審視之下,無論是智譜還是MiniMax,還是后續(xù)更多能夠登上資本舞臺的大模型企業(yè),它們都必須回答同一個問題:在燒錢換未來之后,誰能真正活到未來',
    gloss: {
      en: 'Under global investors\' scrutiny, Zhipu, MiniMax and those that follow must answer one question: after burning money for the future, who will live to see it?',
      'zh-hans': '在全球投资者审视下，智谱、MiniMax及后来者都须回答：烧钱换未来之后，谁能真正活到未来。',
    },
  },
]);
