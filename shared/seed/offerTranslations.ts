/**
 * Hand-written translations of the demo offers (demo.ts, OFFER_TEMPLATES): Turkish, Arabic,
 * Ukrainian and Leichte Sprache (easy-to-read German after the rules of Netzwerk Leichte Sprache).
 * Each text says what the German one says: what the offer is, for whom, in which social space
 * and whether to register beforehand. Names of social spaces and "Hamm-Pass" are proper names and
 * stay as they are in every language.
 */

export type OfferTranslation = { title: string; description: string; costNote?: string };

type Code = 'tr' | 'ar' | 'uk' | 'de-x-ls';
const CODES: Code[] = ['tr', 'ar', 'uk', 'de-x-ls'];

/** A template's text in one language: its name and what it is, for whom, where (`s`: the social space). */
type Text = { title: string; about: (s: string) => string };

/** How a title names the social space. */
const TITLE: Record<Code, (title: string, s: string) => string> = {
  tr: (t, s) => `${t} – ${s}`,
  ar: (t, s) => `${t} – ${s}`,
  uk: (t, s) => `${t} – ${s}`,
  'de-x-ls': (t, s) => `${t} in ${s}`,
};

/** [registration required, open without registration] */
const REGISTRATION: Record<Code, [string, string]> = {
  tr: ['Lütfen önceden kayıt yaptırın.', 'Önceden kayıt gerekmez; doğrudan gelebilirsiniz.'],
  ar: ['يُرجى التسجيل مسبقًا.', 'لا حاجة إلى التسجيل المسبق، يمكنكم الحضور مباشرة.'],
  uk: ['Будь ласка, запишіться заздалегідь.', 'Попередній запис не потрібен — просто приходьте.'],
  'de-x-ls': ['Bitte melden Sie sich vorher an.', 'Sie können einfach kommen.'],
};

/** The cost notes the demo offers carry, by their German text. */
const COST_NOTES: Record<string, Record<Code, string>> = {
  'Ermäßigung mit Hamm-Pass': {
    tr: 'Hamm-Pass sahiplerine indirim',
    ar: 'تخفيض لحاملي بطاقة Hamm-Pass',
    uk: 'Знижка для власників картки Hamm-Pass',
    'de-x-ls': 'Mit dem Hamm-Pass bezahlen Sie weniger. Den Hamm-Pass bekommen Menschen mit wenig Geld bei der Stadt Hamm.',
  },
};

const TEXTS: Record<string, Record<Code, Text>> = {
  'Elterncafé': {
    tr: {
      title: 'Veli Kafesi',
      about: (s) =>
        `${s} semtinde anne babalar için bir buluşma yeri: Çay ya da kahve eşliğinde sohbet edebilir, deneyimlerinizi paylaşabilir ve çocuklarınızın eğitimiyle ilgili sorularınızı sorabilirsiniz. Çocuklu tüm anne babalara ve ailelere açıktır.`,
    },
    ar: {
      title: 'مقهى أولياء الأمور',
      about: (s) =>
        `ملتقى لأولياء الأمور في حي ${s}: تلتقون فيه بآباء وأمهات آخرين على فنجان قهوة أو شاي، وتتبادلون الخبرات، وتطرحون أسئلتكم حول تربية أطفالكم وتعليمهم. اللقاء مفتوح لجميع الآباء والأمهات والعائلات.`,
    },
    uk: {
      title: 'Батьківське кафе',
      about: (s) =>
        `Місце зустрічі для батьків у районі ${s}: за чашкою кави чи чаю можна поспілкуватися з іншими батьками, поділитися досвідом і поставити запитання про виховання та навчання дітей. Запрошуємо всіх батьків і родини з дітьми.`,
    },
    'de-x-ls': {
      title: 'Eltern·café',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es ein Eltern·café. Das ist ein Treff·punkt für Mütter und Väter. Dort reden Sie mit anderen Eltern. Sie können auch Fragen zu Kinder·garten und Schule stellen.`,
    },
  },
  'Sprachcafé Deutsch': {
    tr: {
      title: 'Almanca Sohbet Kafesi',
      about: (s) =>
        `${s} semtinde rahat bir ortamda Almanca konuşma pratiği: Gündelik konular üzerine sohbet ederek Almancanızı geliştirebilirsiniz. Başka bir ülkeden Almanya'ya gelmiş ve Almanca öğrenen herkese açıktır.`,
    },
    ar: {
      title: 'مقهى اللغة الألمانية',
      about: (s) =>
        `لقاء في حي ${s} لممارسة المحادثة باللغة الألمانية في جو مريح: تتحدثون عن موضوعات الحياة اليومية وتحسّنون لغتكم الألمانية. اللقاء مفتوح لكل من قدم إلى ألمانيا من بلد آخر ويتعلم اللغة الألمانية.`,
    },
    uk: {
      title: 'Розмовне кафе німецької мови',
      about: (s) =>
        `У районі ${s} можна в невимушеній атмосфері попрактикуватися в розмовній німецькій: говоримо на повсякденні теми й разом покращуємо мовні навички. Запрошуємо всіх, хто переїхав до Німеччини з інших країн і вивчає німецьку мову.`,
    },
    'de-x-ls': {
      title: 'Sprach·café Deutsch',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es ein Sprach·café. Dort sprechen Sie Deutsch mit anderen Menschen. So lernen Sie besser Deutsch. Das Sprach·café ist für Menschen aus anderen Ländern.`,
    },
  },
  'Hausaufgabenhilfe': {
    tr: {
      title: 'Ödev Yardımı',
      about: (s) =>
        `${s} semtinde okul çocuklarına ödevlerinde destek: Çocuklar ödevlerini sakin bir ortamda yapar, takıldıkları yerde yardım alır. 6–12 yaş arası çocuklara açıktır.`,
    },
    ar: {
      title: 'المساعدة في الواجبات المدرسية',
      about: (s) =>
        `دعم لتلاميذ المدارس في حي ${s}: ينجز الأطفال واجباتهم المدرسية في جو هادئ، ويحصلون على المساعدة عندما يواجهون صعوبة. العرض مفتوح للأطفال من سن 6 إلى 12 عامًا.`,
    },
    uk: {
      title: 'Допомога з домашніми завданнями',
      about: (s) =>
        `Підтримка школярів у районі ${s}: діти виконують домашні завдання в спокійній атмосфері й отримують допомогу, коли щось не виходить. Для дітей віком від 6 до 12 років.`,
    },
    'de-x-ls': {
      title: 'Haus·aufgaben·hilfe',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es Hilfe bei den Haus·aufgaben. Dort machen Kinder in Ruhe ihre Haus·aufgaben. Bei Fragen hilft ihnen jemand. Das Angebot ist für Kinder von 6 bis 12 Jahren.`,
    },
  },
  'Seniorentreff': {
    tr: {
      title: 'Yaşlılar İçin Buluşma Noktası',
      about: (s) =>
        `${s} semtinde ileri yaştaki komşular için bir buluşma yeri: Birlikte sohbet edebilir, oyun oynayabilir, çay ve kahve eşliğinde keyifli vakit geçirebilirsiniz. 60 yaş ve üzerindeki herkese açıktır.`,
    },
    ar: {
      title: 'ملتقى كبار السن',
      about: (s) =>
        `مكان لقاء لكبار السن في حي ${s}: للحديث معًا، واللعب، وقضاء وقت ممتع مع فنجان قهوة أو شاي. الملتقى مفتوح لكل من بلغ الستين من العمر فما فوق.`,
    },
    uk: {
      title: 'Клуб для людей старшого віку',
      about: (s) =>
        `Місце зустрічей для людей старшого віку в районі ${s}: тут можна поспілкуватися, пограти в настільні ігри та приємно провести час за чашкою кави чи чаю. Для всіх віком від 60 років.`,
    },
    'de-x-ls': {
      title: 'Treff·punkt für ältere Menschen',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es einen Treff·punkt für ältere Menschen. Dort reden und spielen Sie mit anderen. Dazu gibt es Kaffee oder Tee. Das Angebot ist für Menschen ab 60 Jahren.`,
    },
  },
  'Schuldnerberatung': {
    tr: {
      title: 'Borç Danışmanlığı',
      about: (s) =>
        `${s} semtinde borç sorunu yaşayanlara danışmanlık: Durumunuzu birlikte gözden geçiriyor, bir ödeme planı hazırlamanıza ve alacaklılarla görüşmenize yardımcı oluyoruz. Herkese açıktır.`,
    },
    ar: {
      title: 'استشارات الديون',
      about: (s) =>
        `استشارات في حي ${s} لمن يعانون من الديون: ننظر معكم في وضعكم المالي، ونساعدكم في وضع خطة للسداد وفي التواصل مع الدائنين. الاستشارة مفتوحة للجميع.`,
    },
    uk: {
      title: 'Консультації з питань боргів',
      about: (s) =>
        `Консультації в районі ${s} для тих, хто має борги: разом розбираємося у вашій ситуації, допомагаємо скласти план погашення та домовитися з кредиторами. Для всіх охочих.`,
    },
    'de-x-ls': {
      title: 'Beratung bei Schulden',
      about: (s) =>
        `Schulden heißt: Sie müssen jemandem Geld zurück·zahlen. Im Stadt·teil ${s} gibt es Beratung bei Schulden. Dort machen Sie mit einer Beraterin oder einem Berater einen Plan. Die Beratung ist für alle.`,
    },
  },
  'Jobcoaching': {
    tr: {
      title: 'İş Koçluğu',
      about: (s) =>
        `${s} semtinde iş arayanlara kişisel destek: Güçlü yönlerinizi birlikte belirliyor, size uygun iş ilanlarını arıyor ve iş bulma yolundaki sonraki adımları planlıyoruz. 18–67 yaş arası iş arayanlara açıktır.`,
    },
    ar: {
      title: 'الإرشاد في البحث عن عمل',
      about: (s) =>
        `دعم شخصي للباحثين عن عمل في حي ${s}: نتعرف معكم على نقاط قوتكم، ونبحث عن إعلانات وظائف مناسبة، ونخطط للخطوات التالية نحو العمل. العرض مفتوح للباحثين عن عمل من سن 18 إلى 67 عامًا.`,
    },
    uk: {
      title: 'Коучинг із працевлаштування',
      about: (s) =>
        `Індивідуальна підтримка в пошуку роботи в районі ${s}: разом визначаємо ваші сильні сторони, шукаємо відповідні вакансії та плануємо наступні кроки до працевлаштування. Для людей без роботи віком від 18 до 67 років.`,
    },
    'de-x-ls': {
      title: 'Hilfe bei der Arbeits·suche',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es Hilfe bei der Arbeits·suche. Eine Beraterin oder ein Berater überlegt mit Ihnen: Welche Arbeit passt zu Ihnen? Das Angebot heißt auch: Job·coaching. Es ist für Menschen auf Arbeits·suche von 18 bis 67 Jahren.`,
    },
  },
  'Mieterberatung': {
    tr: {
      title: 'Kiracı Danışmanlığı',
      about: (s) =>
        `${s} semtinde kiracılar için danışmanlık: Kira sözleşmesi, yan gider hesabı, kira artışı ya da dairedeki eksiklikler gibi konulardaki sorularınızı yanıtlıyoruz. Herkese açıktır.`,
    },
    ar: {
      title: 'الاستشارة للمستأجرين',
      about: (s) =>
        `استشارات للمستأجرين في حي ${s}: نجيب عن أسئلتكم حول عقد الإيجار، وكشف التكاليف الإضافية، وزيادة الإيجار، والعيوب في المسكن. الاستشارة مفتوحة للجميع.`,
    },
    uk: {
      title: 'Консультації для орендарів',
      about: (s) =>
        `Консультації для орендарів житла в районі ${s}: відповідаємо на запитання про договір оренди, розрахунок комунальних платежів, підвищення орендної плати та недоліки в квартирі. Для всіх охочих.`,
    },
    'de-x-ls': {
      title: 'Beratung für Mieter und Mieterinnen',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es Beratung für Mieter und Mieterinnen. Dort bekommen Sie Antworten auf Fragen zu Ihrer Miet·wohnung. Zum Beispiel zum Miet·vertrag oder zu den Kosten für Heizung und Wasser. Die Beratung ist für alle.`,
    },
  },
  'Offener Kindertreff': {
    tr: {
      title: 'Çocuklar İçin Açık Buluşma',
      about: (s) =>
        `${s} semtinde çocuklar için açık bir buluşma yeri: Çocuklar birlikte oyun oynar, el işi yapar ve yeni arkadaşlar edinir. 6–13 yaş arası çocuklara açıktır.`,
    },
    ar: {
      title: 'الملتقى المفتوح للأطفال',
      about: (s) =>
        `مكان لقاء مفتوح للأطفال في حي ${s}: يلعب الأطفال معًا، ويمارسون الأشغال اليدوية، ويتعرفون على أصدقاء جدد. الملتقى مفتوح للأطفال من سن 6 إلى 13 عامًا.`,
    },
    uk: {
      title: 'Відкритий дитячий клуб',
      about: (s) =>
        `Відкритий простір для дітей у районі ${s}: діти разом граються, майструють і знаходять нових друзів. Для дітей віком від 6 до 13 років.`,
    },
    'de-x-ls': {
      title: 'Offener Treff·punkt für Kinder',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es einen offenen Treff·punkt für Kinder. Dort spielen und basteln Kinder zusammen. Die Kinder finden dort neue Freunde. Das Angebot ist für Kinder von 6 bis 13 Jahren.`,
    },
  },
  'Jugendtreff': {
    tr: {
      title: 'Gençlik Buluşma Yeri',
      about: (s) =>
        `${s} semtinde gençler için bir buluşma yeri: Arkadaşlarınızla vakit geçirebilir, müzik dinleyebilir, oyun oynayabilir ve kendi fikirlerinizi hayata geçirebilirsiniz. 12–21 yaş arası gençlere açıktır.`,
    },
    ar: {
      title: 'ملتقى الشباب',
      about: (s) =>
        `مكان لقاء للشباب في حي ${s}: يمكنكم قضاء الوقت مع الأصدقاء، والاستماع إلى الموسيقى، واللعب، وتحقيق أفكاركم الخاصة. الملتقى مفتوح للشباب من سن 12 إلى 21 عامًا.`,
    },
    uk: {
      title: 'Молодіжний клуб',
      about: (s) =>
        `Місце зустрічей для молоді в районі ${s}: тут можна провести час із друзями, послухати музику, пограти в ігри та втілити власні ідеї. Для молоді віком від 12 до 21 року.`,
    },
    'de-x-ls': {
      title: 'Treff·punkt für Jugendliche',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es einen Treff·punkt für Jugendliche. Dort treffen junge Menschen ihre Freunde. Die Jugendlichen hören zusammen Musik und spielen Spiele. Das Angebot ist für junge Menschen von 12 bis 21 Jahren.`,
    },
  },
  'Familienfrühstück': {
    tr: {
      title: 'Aile Kahvaltısı',
      about: (s) =>
        `${s} semtinde ailelerin birlikte kahvaltı ettiği bir buluşma: Diğer ailelerle tanışabilir, sohbet edebilir ve çocuklarınızla güzel bir sabah geçirebilirsiniz. Tüm ailelere açıktır.`,
    },
    ar: {
      title: 'فطور العائلات',
      about: (s) =>
        `فطور مشترك للعائلات في حي ${s}: تتعرفون على عائلات أخرى، وتتبادلون الحديث، وتقضون صباحًا جميلًا مع أطفالكم. اللقاء مفتوح لجميع العائلات.`,
    },
    uk: {
      title: 'Сімейний сніданок',
      about: (s) =>
        `Спільний сніданок для родин у районі ${s}: знайомтеся з іншими сім’ями, спілкуйтеся та проведіть приємний ранок разом із дітьми. Запрошуємо всі родини.`,
    },
    'de-x-ls': {
      title: 'Frühstück für Familien',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es ein Frühstück für Familien. Dort frühstücken Familien zusammen. Sie lernen dort andere Familien kennen. Das Frühstück ist für alle Familien.`,
    },
  },
  'Beratung für Zugewanderte': {
    tr: {
      title: 'Göçmenlere Yönelik Danışmanlık',
      about: (s) =>
        `${s} semtinde göçmenler için danışmanlık: Resmî dairelerden gelen mektuplar, oturum izni, dil kursları, iş ve konut gibi konularda bilgi veriyor, sizi doğru yere yönlendiriyoruz. Başka bir ülkeden Almanya'ya gelmiş herkese açıktır.`,
    },
    ar: {
      title: 'الاستشارة للمهاجرين',
      about: (s) =>
        `استشارات للمهاجرين في حي ${s}: نقدّم لكم المعلومات ونرشدكم إلى الجهة المناسبة في أمور مثل رسائل الدوائر الرسمية، والإقامة، ودورات اللغة، والعمل، والسكن. الاستشارة مفتوحة لكل من قدم إلى ألمانيا من بلد آخر.`,
    },
    uk: {
      title: 'Консультації для мігрантів',
      about: (s) =>
        `Консультації для мігрантів у районі ${s}: консультуємо щодо листів від державних установ, дозволу на проживання, мовних курсів, роботи й житла та підказуємо, куди звернутися далі. Для всіх, хто приїхав до Німеччини з інших країн.`,
    },
    'de-x-ls': {
      title: 'Beratung für Menschen aus anderen Ländern',
      about: (s) =>
        `Sie sind aus einem anderen Land nach Deutschland gekommen? Dann bekommen Sie im Stadt·teil ${s} Beratung. Zum Beispiel zu Briefen von Ämtern. Oder zu Fragen über Arbeit und Wohnung.`,
    },
  },
  'Inklusive Sportgruppe': {
    tr: {
      title: 'Kapsayıcı Spor Grubu',
      about: (s) =>
        `${s} semtinde engelli ve engelsiz insanların birlikte spor yaptığı bir grup: Herkes kendi temposunda katılır; önemli olan birlikte hareket etmenin keyfidir. Engelli olsun olmasın herkese açıktır.`,
    },
    ar: {
      title: 'مجموعة رياضية دامجة',
      about: (s) =>
        `مجموعة رياضية في حي ${s} يمارس فيها الأشخاص ذوو الإعاقة وغيرهم الرياضة معًا: يشارك كل شخص حسب قدرته وبالوتيرة التي تناسبه. المجموعة مفتوحة للجميع، من ذوي الإعاقة ومن غيرهم.`,
    },
    uk: {
      title: 'Інклюзивна спортивна група',
      about: (s) =>
        `Спортивна група в районі ${s}, де люди з інвалідністю та без неї займаються спортом разом: кожен рухається у власному темпі й відповідно до своїх можливостей. Для всіх охочих — з інвалідністю і без.`,
    },
    'de-x-ls': {
      title: 'Sport·gruppe für alle',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es eine Sport·gruppe für alle. Dort machen Menschen mit Behinderung und Menschen ohne Behinderung zusammen Sport. Das nennt man: inklusiv. Alle machen in ihrem eigenen Tempo mit.`,
    },
  },
  'Bewegung 60+': {
    tr: {
      title: '60 Yaş Üstü İçin Hareket',
      about: (s) =>
        `${s} semtinde 60 yaş üstündekiler için hafif egzersizler: Denge, esneklik ve kas gücü için yapılan alıştırmalar, günlük hayatta formda kalmanıza yardımcı olur. 60 yaş ve üzerindeki herkese açıktır.`,
    },
    ar: {
      title: 'الحركة والنشاط لمن تجاوزوا الستين',
      about: (s) =>
        `تمارين رياضية خفيفة في حي ${s} لمن هم في سن الستين فما فوق: تمارين للتوازن والمرونة وقوة العضلات تساعدكم على البقاء بلياقة جيدة في حياتكم اليومية. العرض مفتوح لكل من بلغ الستين من العمر.`,
    },
    uk: {
      title: 'Рух 60+',
      about: (s) =>
        `Легкі фізичні вправи в районі ${s} для людей від 60 років: вправи на рівновагу, гнучкість і силу м’язів допомагають залишатися активними в повсякденному житті. Для всіх віком від 60 років.`,
    },
    'de-x-ls': {
      title: 'Bewegung für Menschen ab 60 Jahren',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es eine Bewegungs·gruppe für ältere Menschen. Dort machen Sie zusammen leichte Übungen. Die Übungen machen den Körper stark und beweglich. Das Angebot ist für Menschen ab 60 Jahren.`,
    },
  },
  'Repair-Café': {
    tr: {
      title: 'Tamir Kafesi',
      about: (s) =>
        `${s} semtinde bozuk eşyaları birlikte onardığımız bir buluşma: Elektrikli aletlerinizi, giysilerinizi, bisikletlerinizi ya da oyuncaklarınızı getirin; gönüllüler onarımda size yardımcı olur. Herkese açıktır.`,
    },
    ar: {
      title: 'مقهى التصليح',
      about: (s) =>
        `لقاء في حي ${s} لتصليح الأشياء المعطلة معًا: أحضروا أجهزتكم الكهربائية أو ملابسكم أو دراجاتكم أو ألعابكم، وسيساعدكم المتطوعون في إصلاحها. اللقاء مفتوح للجميع.`,
    },
    uk: {
      title: 'Ремонтне кафе',
      about: (s) =>
        `Зустрічі в районі ${s}, де разом лагодять зламані речі: приносьте електроприлади, одяг, велосипеди чи іграшки — волонтери допоможуть вам їх відремонтувати. Для всіх охочих.`,
    },
    'de-x-ls': {
      title: 'Repair·café',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es ein Repair·café. Repair ist Englisch und heißt: reparieren. Dort reparieren Sie kaputte Dinge wie Lampen oder Fahrräder. Das Repair·café ist für alle.`,
    },
  },
  'Stadtteilchor': {
    tr: {
      title: 'Semt Korosu',
      about: (s) =>
        `${s} semtinde komşuların birlikte şarkı söylediği bir koro: Düzenli olarak prova yapıyor, yeni şarkılar öğreniyoruz. Şarkı söylemeyi seven herkese açıktır.`,
    },
    ar: {
      title: 'جوقة الحي',
      about: (s) =>
        `جوقة في حي ${s} يغني فيها الجيران معًا ويتعلمون أغاني جديدة. الجوقة مفتوحة لكل من يحب الغناء.`,
    },
    uk: {
      title: 'Сусідський хор',
      about: (s) =>
        `Хор у районі ${s}, де сусіди разом співають і розучують нові пісні. Запрошуємо всіх, хто любить співати.`,
    },
    'de-x-ls': {
      title: 'Chor für alle',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es einen Chor für alle. Ein Chor ist eine Gruppe. Die Gruppe singt zusammen. Dort singen Sie mit Ihren Nachbarn und lernen neue Lieder.`,
    },
  },
  'Babytreff': {
    tr: {
      title: 'Bebek Buluşması',
      about: (s) =>
        `${s} semtinde bebekli anne babalar için bir buluşma: Bebeğinizle birlikte gelir, diğer anne babalarla tanışır, bebek bakımı, beslenme ve uyku gibi konularda deneyim paylaşırsınız. Bir yaşına kadar bebeği olan anne babalara açıktır.`,
    },
    ar: {
      title: 'ملتقى الأهل والرضّع',
      about: (s) =>
        `لقاء في حي ${s} للآباء والأمهات مع أطفالهم الرضّع: تتعرفون على آباء وأمهات آخرين، وتتبادلون الخبرات حول العناية بالطفل والتغذية والنوم. اللقاء مفتوح لأولياء الأمور الذين لديهم أطفال حتى عمر سنة واحدة.`,
    },
    uk: {
      title: 'Зустрічі батьків із немовлятами',
      about: (s) =>
        `Зустрічі в районі ${s} для мам і тат із немовлятами: приходьте разом із малюком, знайомтеся з іншими батьками та обмінюйтеся досвідом щодо догляду, годування і сну. Для батьків дітей віком до одного року.`,
    },
    'de-x-ls': {
      title: 'Treff·punkt für Eltern mit Baby',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es einen Treff·punkt für Eltern mit Baby. Das Baby ist bis zu 1 Jahr alt. Sie kommen mit Ihrem Baby und lernen andere Eltern kennen. Sie reden zusammen über Pflege, Essen und Schlafen.`,
    },
  },
  'Bewerbungswerkstatt': {
    tr: {
      title: 'İş Başvurusu Atölyesi',
      about: (s) =>
        `${s} semtinde iş ve meslek eğitimi başvurularına hazırlık: Özgeçmişinizi ve başvuru mektubunuzu birlikte hazırlıyor, iş görüşmelerine hazırlanıyoruz. 15–27 yaş arası gençlere ve iş arayanlara açıktır.`,
    },
    ar: {
      title: 'ورشة طلبات التوظيف',
      about: (s) =>
        `ورشة في حي ${s} للاستعداد للتقدّم إلى وظيفة أو تدريب مهني: نكتب معًا سيرتكم الذاتية ورسالة التقديم، ونستعد لمقابلات العمل. الورشة مفتوحة للشباب والباحثين عن عمل من سن 15 إلى 27 عامًا.`,
    },
    uk: {
      title: 'Майстерня з підготовки резюме',
      about: (s) =>
        `Практичні заняття в районі ${s} для тих, хто шукає роботу або місце професійного навчання: разом складаємо резюме та супровідний лист і готуємося до співбесіди. Для молоді та людей, які шукають роботу, віком від 15 до 27 років.`,
    },
    'de-x-ls': {
      title: 'Werk·statt für Bewerbungen',
      about: (s) =>
        `In der Werk·statt im Stadt·teil ${s} bekommen Sie Hilfe bei Ihrer Bewerbung. Eine Bewerbung ist ein Brief an eine Firma: Sie möchten dort arbeiten oder eine Ausbildung machen. Das Angebot ist für junge Menschen von 15 bis 27 Jahren. Zum Beispiel für Schüler oder für Menschen auf Arbeits·suche.`,
    },
  },
  'Nachbarschaftsgarten': {
    tr: {
      title: 'Mahalle Bahçesi',
      about: (s) =>
        `${s} semtinde komşuların birlikte bahçıvanlık yaptığı bir bahçe: Çiçek ve sebze yetiştiriyor, bahçenin bakımını paylaşıyor ve yeni insanlarla tanışıyoruz. Herkese açıktır.`,
    },
    ar: {
      title: 'حديقة الجيران',
      about: (s) =>
        `حديقة في حي ${s} يزرع فيها الجيران معًا الزهور والخضروات، ويعتنون بها، ويتعرفون على أشخاص جدد. الحديقة مفتوحة للجميع.`,
    },
    uk: {
      title: 'Сусідський сад',
      about: (s) =>
        `Сад у районі ${s}, де сусіди разом вирощують квіти й овочі, доглядають за грядками та знайомляться з новими людьми. Для всіх охочих.`,
    },
    'de-x-ls': {
      title: 'Nachbarschafts·garten',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es einen Garten für Nachbarn. Dort pflanzen Nachbarn zusammen Blumen und Gemüse. Sie können mit·machen und andere Menschen kennen·lernen. Der Garten ist für alle.`,
    },
  },
  'Computerkurs für Ältere': {
    tr: {
      title: 'Yaşlılar İçin Bilgisayar Kursu',
      about: (s) =>
        `${s} semtinde ileri yaştakiler için bilgisayar kursu: Bilgisayarı ve interneti adım adım, kendi hızınızda kullanmayı öğrenirsiniz; örneğin e-posta yazmayı ya da internette bilgi aramayı. 55 yaş ve üzerindeki herkese açıktır.`,
    },
    ar: {
      title: 'دورة حاسوب لكبار السن',
      about: (s) =>
        `دورة في حي ${s} لكبار السن: تتعلمون خطوة بخطوة وبالسرعة التي تناسبكم استخدام الحاسوب والإنترنت، مثل كتابة رسائل البريد الإلكتروني أو البحث عن المعلومات. الدورة مفتوحة لكل من بلغ 55 عامًا فما فوق.`,
    },
    uk: {
      title: 'Комп’ютерний курс для людей старшого віку',
      about: (s) =>
        `Курс у районі ${s} для людей старшого віку: крок за кроком і у власному темпі ви навчитеся користуватися комп’ютером та інтернетом — наприклад, писати електронні листи чи шукати інформацію. Для всіх віком від 55 років.`,
    },
    'de-x-ls': {
      title: 'Computer·kurs für ältere Menschen',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es einen Computer·kurs für ältere Menschen. Dort lernen Sie Schritt für Schritt: So benutzen Sie den Computer und das Internet. Zum Beispiel: So schreiben Sie eine E-Mail. Der Kurs ist für Menschen ab 55 Jahren.`,
    },
  },
  'Lernpatenschaften': {
    tr: {
      title: 'Öğrenme Mentorluğu',
      about: (s) =>
        `${s} semtinde gönüllü mentorlar çocuklara ve gençlere birebir öğrenme desteği veriyor: Düzenli olarak buluşup birlikte ders çalışıyor, okul konularında yardımcı oluyorlar. 8–16 yaş arası çocuk ve gençlere açıktır.`,
    },
    ar: {
      title: 'المرافقة التعليمية من متطوعين',
      about: (s) =>
        `في حي ${s} يرافق متطوعون الأطفال واليافعين في التعلّم بشكل فردي: يلتقون بهم بانتظام، ويذاكرون معهم، ويساعدونهم في المواد المدرسية. العرض مفتوح للأطفال واليافعين من سن 8 إلى 16 عامًا.`,
    },
    uk: {
      title: 'Навчальне наставництво',
      about: (s) =>
        `У районі ${s} волонтери-наставники індивідуально підтримують дітей і підлітків у навчанні: регулярно зустрічаються з ними, разом готують уроки та допомагають зі шкільними предметами. Для дітей і підлітків віком від 8 до 16 років.`,
    },
    'de-x-ls': {
      title: 'Lern·paten',
      about: (s) =>
        `Im Stadt·teil ${s} gibt es Lern·paten. Lern·paten helfen Kindern und Jugendlichen beim Lernen. Sie machen das freiwillig. Das Angebot ist für Kinder und Jugendliche von 8 bis 16 Jahren.`,
    },
  },
};

/** The template titles that have translations (for checks). */
export const TRANSLATED_TEMPLATES = Object.keys(TEXTS);

/**
 * A demo offer's translations, keyed by language code: title and description for the offer made
 * from `templateTitle` in the social space `spaceName`, and the cost note where it has one.
 * `{}` for a template without translations; a cost note without a translation is left out.
 */
export function offerTranslations(
  templateTitle: string,
  spaceName: string,
  registration: boolean,
  costNote: string | undefined,
): Record<string, OfferTranslation> {
  const texts = TEXTS[templateTitle];
  if (!texts) return {};
  const notes = costNote ? COST_NOTES[costNote] : undefined;
  return Object.fromEntries(
    CODES.map((code) => {
      const { title, about } = texts[code];
      const description = `${about(spaceName)} ${REGISTRATION[code][registration ? 0 : 1]}`;
      return [code, { title: TITLE[code](title, spaceName), description, ...(notes ? { costNote: notes[code] } : {}) }];
    }),
  );
}
