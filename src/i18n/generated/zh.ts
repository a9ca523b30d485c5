
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's00e1a56a841e83af': `横幅`,
's0487f33d9ddaabde': `简介`,
's0801bf06900fa87d': `活动已开始。`,
's0c0bdd99132adb02': `活动已结束。`,
's0fd75cc6a1aad906': `新闻`,
's1523af075ee13a67': str`${0}（您的当地时间）`,
's2ace368f648b267c': `在线参加`,
's2d985034b63c5885': `官方网站`,
's30c0a4d43229080a': `阅读全文`,
's3687049d1af562c4': `复制`,
's3d2014db05f63236': `暂停倒计时`,
's3ec49dd155d60282': `往期活动`,
's4627a9667a335f23': `即将举行`,
's48d7e073d8566449': `了解活动详情`,
's52c19558060cee94': `本活动已取消。`,
's5c18cae48b93138c': `各场会议`,
's5c76cc4ada53f648': str`距结束还有${0}`,
's5f494801f1665b8b': `在您的网站上展示本活动`,
's5f6f9d9e70b14538': str`${0}年主题`,
's6ca492577d67f9d0': `观看录像`,
's74fa553f008337da': `观看直播`,
's7f72225942ff8648': str`${0}，全球各时区均适用`,
's8105fc891be78c91': `原定时间`,
's8792eeb969ddd689': `本活动已改为线上举行。`,
's87b00027b3cd9d55': `本活动已结束。`,
's88c2251c192e280a': `添加到您的日历`,
's88ff1cf004e1abc8': `本活动已推迟，新日期将在此公布。`,
's8fbbda40a6a58a03': `距开始还有`,
's90bb4dfc04794421': str`本活动已结束。下一届开始还有${0}`,
'sa0469b5048b7b344': `供合作伙伴和嵌入使用的数据：`,
'sa3d6652fb22d74a0': str`${0}年主题尚未公布。`,
'sa6dae975b10530c6': `往年主题`,
'saab875d8cfcfe712': `主题`,
'sab2b6fb0c6fc7e5a': `还剩一小时。`,
'sb39ac7dab8d011c2': `将一段代码复制到您网页的 HTML 中。该元素以您选择的语言显示文字；如果数据无法加载，则保留您放在其中的链接。`,
'sc683c10250a1b719': `时间`,
'sc6e7aebb6e5586e1': str`${0} ${1}（${2}）· 您的当地时间 ${3}`,
'sc75b638daebe95c1': `主办方`,
'sd5e8ea1163401242': `距结束还有`,
'sd5e9b70ffb7a8b46': `跳至主要内容`,
'sd79c3d195bfcd52f': `正在进行`,
'sdf91756a8e460a05': str`距开始还有${0}`,
'se01c9d5c4f859d82': `举办时间`,
'se7936a069c9582fb': `日历文件（.ics）`,
'sea2ee5fa4b7af320': `倒计时`,
'seadeb3a807d7478a': `线上`,
'sef105511c7e436c9': `下一届开始还有`,
'sefcf950b3cc4fc3b': `语言`,
'sf3f752ef031b25d8': `地点`,
'sf4de3bfbfaca12e5': `已复制`,
'sf88aefe18c966ab8': str`在您的网站上展示${0}`,
'sfa8081a0a550e7f8': `还剩一天。`,
    };
  