package io.mellchat.classifier.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Word classes used as cue features and by the rules, for English, Russian, Spanish, Portuguese and
 * German. Keys are folded ({@link Fold#word}); multi-word keys are single-space separated phrases
 * and are matched against consecutive words.
 */
public final class Lexicon {
    /** Interrogative word ("what", "как", "qué", "quando", "warum"). */
    public static final int QWORD = 1;

    /** Verb that opens a yes/no question by inversion ("do", "can", "hast", "kannst", "tienes"). */
    public static final int AUX = 1 << 1;

    /** Second-person word: the line addresses someone ("you", "ты", "tú", "você", "du"). */
    public static final int YOU = 1 << 2;

    /** Reaction or laughter word ("wtf", "lol", "bruh", "лол", "jaja", "kkk", "krass"). */
    public static final int REACT = 1 << 3;

    /** Greeting, farewell or "how are you" phrase. */
    public static final int GREET = 1 << 4;

    /** A word that may accompany a greeting without changing it ("chat", "everyone", "всем"). */
    public static final int FILLER = 1 << 5;

    /** Function word ignored by the question similarity. */
    public static final int STOP = 1 << 6;

    /** Preposition that introduces where a greeter is from ("from", "из", "desde", "aus"). */
    public static final int FROM = 1 << 7;

    /** Polite request marker ("please", "pls", "пожалуйста", "por favor", "bitte"). */
    public static final int REQUEST = 1 << 8;

    /** A salutation ("hi", "привет", "hola", "oi", "moin"): may be followed by a name. */
    public static final int SALUTE = 1 << 9;

    /** A greeting that asks how someone is ("how are you", "как дела", "tudo bem", "wie gehts"). */
    public static final int HOW = 1 << 10;

    /**
     * Announces leaving ("gotta go", "me voy", "fui", "muss los"): part of a greeting line only
     * together with a greeting ("gotta go, bye chat"); alone it is a statement.
     */
    public static final int PART = 1 << 11;

    /** Longest phrase key, in words. */
    public static final int MAX_PHRASE_WORDS = 4;

    private static final SpanTable TABLE = build();

    private Lexicon() {}

    /** The flags of {@code buf[from, to)} (a folded word or phrase), 0 if unknown. */
    public static int flags(char[] buf, int from, int to) {
        return TABLE.get(buf, from, to);
    }

    /** As {@link #flags(char[], int, int)} with the FNV hash of the span already known. */
    public static int flags(char[] buf, int from, int to, int fnv) {
        return TABLE.get(buf, from, to, fnv);
    }

    /** The flags of a word given as a string (tests and tools). */
    public static int flags(String word) {
        char[] c = Fold.word(word).toCharArray();
        return TABLE.get(c, 0, c.length);
    }

    private static SpanTable build() {
        Map<String, Integer> m = new HashMap<>();
        // English
        add(
                m,
                QWORD | STOP,
                "what whats wat wut wht how hows howd why whys when whens where wheres"
                        + " who whos whose whom which wich wheres whatre");
        add(
                m,
                AUX | STOP,
                "do does did dont doesnt didnt are is was were can could will would"
                        + " have has had should shall may might must r isnt arent wasnt cant wont wouldnt"
                        + " couldnt havent hasnt aint shouldnt wanna gonna");
        add(m, YOU | STOP, "you u your ur youre yours yourself ya yall ye");
        add(
                m,
                REACT,
                "wtf lol lmao lmfao rofl omg bruh huh wow damn dude rip oof sheesh ayo"
                        + " haha hahaha ahah ahaha lul kek kekw xd pog gg nah nope yikes jeez bro ong fr"
                        + " icant deadass lolol");
        add(
                m,
                GREET | SALUTE,
                "hi hii hiii hello helo hello hey heyy heya hiya yo howdy greetings gm gn morning"
                        + " evening bye byee cya later goodnight night hai hallo wb heyo ello yoo"
                        + " salutations gday ttyl gnight nite peace otsu otsukare otsukaresama konbanwa"
                        + " konnichiwa oyasumi ohayo");
        add(m, GREET | SALUTE | HOW, "sup wassup whatsup hru wsg wagwan");
        add(
                m,
                GREET | SALUTE,
                "good morning|good evening|good afternoon|good night|see ya|see you|see u"
                        + "|hello there|welcome back|good to see you|nice to see you|im back"
                        + "|hi again|see you tomorrow|see u tomorrow|see ya tomorrow"
                        + "|see you next time|good luck|gl hf|have a good stream|have a great stream"
                        + "|have fun|peace out|take care|sleep well|catch you later"
                        + "|catch you next stream|see you next stream|long time no see"
                        + "|see you next week|see u next week|see ya next week"
                        + "|hope youre doing well|hope ur doing well|night all|good night all");
        add(
                m,
                PART,
                "gotta go|gotta run|gotta dip|gotta head out|im off|im out|heading out|off to bed"
                        + "|going to bed|gonna head out");
        add(
                m,
                GREET | SALUTE | HOW,
                "whats up|what up|how are you|how r u|how are u|how r you|how you doing"
                        + "|how u doing|how are you doing|how r u doing|hows it going|how is it going"
                        + "|hows everyone|how is everyone|how is everybody|hows your day"
                        + "|how was your day|whats good|whats crackin|hows your day going"
                        + "|how ya doin|how ya doing|how are we doing|how we doing"
                        + "|hows everyone doing|how we all doing"
                        + "|how is everyone doing|hows everybody|hows everybody doing");
        add(
                m,
                FILLER,
                "chat everyone everybody all yall guys folks people fam friends bro bros"
                        + " lads boys mate mates dude streamer again and you u to today tonight there"
                        + " my dear beautiful lovely team gang frens homies peeps y'all all of mods oh");
        add(m, FROM, "from");
        add(
                m,
                STOP,
                "the a an is it this that these those to of in on at for with and or but i"
                        + " me my we our they them he she his her its be been am im so just like get got"
                        + " there here up out about any some now then than very really also too one");
        add(m, REQUEST, "please pls plz plez pleas");
        // Russian
        add(
                m,
                QWORD | STOP,
                "что чо че шо как почему зачем когда где кто какой какая какое какие"
                        + " каким какую каких сколько куда откуда чем чей чья чье чьи разве скока скоко"
                        + " скок ли почем кого кому");
        add(
                m,
                AUX | STOP,
                "будешь можешь сможешь будет есть играл играешь планируешь стримишь"
                        + " пробовал знаешь умеешь пойдешь хочешь думаешь собираешься"
                        + " будете можете");
        add(
                m,
                YOU | STOP,
                "ты тебя тебе твой твоя твое твои тобой вы вас вам ваш ваша ваше ваши" + " вами");
        add(
                m,
                REACT,
                "лол кек ахах ахаха хаха хахаха ахахах хах ору жесть капец блин бля нифига"
                        + " офигеть ого пхпх пхахах кринж рофл изи ну");
        add(
                m,
                GREET | SALUTE,
                "привет приветик прив привки ку хай салют здравствуй здравствуйте"
                        + " здарова здорова хелло пока покеда дарова салам бб хеллоу йоу йо"
                        + " здрасьте дратути приветули прувет приветствую чао досвидули privet"
                        + " privetik мордасьте гамарджоба хаюшки вечерочек zdarova споки спокойки");
        add(
                m,
                GREET,
                "с возвращением|салам алейкум|доброго времени суток"
                        + "|до связи|давай пока|приветики пистолетики|давно не виделись");
        add(m, PART, "я пошел|я спать|я пошла|мне пора|я ушел|я спатки");
        // time-of-day greetings and goodbyes may be followed by a name, as salutations are
        add(
                m,
                GREET | SALUTE,
                "доброе утро|добрый вечер|добрый вечерок|добрый день|доброй ночи|спокойной ночи"
                        + "|до завтра|до встречи|доброго вечера|доброго вечерочка|доброе утречко"
                        + "|увидимся|здрасте|бай|до свидания|до следующего стрима|всем привет"
                        + "|всем пока");
        add(
                m,
                GREET | HOW,
                "как дела|как ты|как жизнь|как сам|как оно|как настроение|как делишки"
                        + "|как поживаешь|как ты сегодня|kak dela|как ты там|как дела у всех"
                        + "|как вы там|как поживаете");
        add(
                m,
                FILLER,
                "всем все чат ребят ребята народ друзья и тебе вам стример снова"
                        + " братва пацаны господа дамы бро брат мужики ладно vsem опа о");
        add(m, FROM, "из");
        add(
                m,
                STOP,
                "и в во на не да с со к ко по за от до у о об а но же это этот эта эти то"
                        + " тот та я мы он она они его ее их мне меня так там тут вот уже еще бы для");
        add(m, REQUEST, "пожалуйста плиз плз пж");
        // Spanish
        add(
                m,
                QWORD | STOP,
                "que como porque cuando donde adonde quien quienes cual cuales"
                        + " cuanto cuanta cuantos cuantas pq");
        add(m, QWORD | STOP, "por que|por qué|para que");
        add(
                m,
                AUX | STOP,
                "tienes tenes vas vais puedes podes podrias eres sos estas hay sabes"
                        + " juegas jugaste usas has haces vienes piensas");
        add(m, YOU | STOP, "tu te ti usted ustedes vos tus tuyo tuya contigo");
        add(
                m,
                REACT,
                "jaja jajaja jajajaja jsjs jsjsjs xd alv nmms wtf joder hostia ostia madre"
                        + " dios increible lol omg bro wey");
        add(
                m,
                GREET | SALUTE,
                "hola holaa holi buenas buenaas saludos adios chao chau ey wenas quiubo klk"
                        + " chaito adiosito wena holis");
        add(
                m,
                GREET,
                "nos vemos manana|ya volvi|ya llegue|hola a todos|buenas a todos|hasta otra"
                        + "|cuidense|cuidense mucho|pura vida|un saludo"
                        + "|muy buenas|ola k ase|que descansen|cuidaos|cuidate|nos vidrios|un abrazo"
                        + "|abrazo a todos|que tranza");
        add(
                m,
                PART,
                "me voy|me voy ya|me voy a dormir|me voy a cenar|me las tomo|me piro|me piro ya"
                        + "|ya me piro|me retiro|ya me voy");
        add(
                m,
                GREET | SALUTE,
                "buenos dias|buenas tardes|buenas noches|hasta luego|hasta manana|nos vemos"
                        + "|buen dia|hasta la proxima|holii|cuidate mucho");
        add(m, GREET | HOW, "que onda|q onda|q pedo|que hubo|que mas pues|q mas pues");
        add(
                m,
                GREET | HOW,
                "que tal|que hay|todo bien|como estas"
                        + "|como andas|como va|como estan|como te va|como va todo|como va eso"
                        + "|como andan|como estamos|como lo llevas|que tal el dia|que tal va todo"
                        + "|que tal estas|como van|como van todos|como le va|que tal la noche"
                        + "|como va la noche");
        add(
                m,
                FILLER,
                "todos todas chat amigos gente y a tu ti chicos chicas de nuevo bro"
                        + " streamer mi familia banda crack wey guey chavales tio tia parce gurises"
                        + " pues muchachos chiquillos bueno");
        add(m, FROM, "desde de");
        add(
                m,
                STOP,
                "el la los las un una unos unas y o pero de del al en con para es son se"
                        + " lo le les mi mis yo me nos su sus ya muy mas esto esta este eso tambien"
                        + " tampoco");
        add(m, REQUEST, "porfa porfavor favor");
        // Portuguese
        add(
                m,
                QWORD | STOP,
                "que oque como porque quando onde aonde quem qual quais quanto quanta"
                        + " quantos quantas cade pq");
        add(m, QWORD | STOP, "o que|por que|pra que");
        add(m, AUX | STOP, "tem vai pode consegue ja sabe joga jogou usa faz vem pensa quer");
        add(m, YOU | STOP, "voce vc vcs voces tu teu tua teus tuas seu sua contigo ce oce");
        add(
                m,
                REACT,
                "kkk kkkk kkkkk kkkkkk rs rsrs mds caraca nossa vish eita slk pqp carai"
                        + " caramba affs aff hahaha kakaka lol omg");
        add(
                m,
                GREET | SALUTE,
                "oi oii oie ola opa salve salvee eae eai tchau flw falou coe xau olar tchauzinho"
                        + " adeus oie oiee");
        add(m, GREET, "voltei saudacoes beijo beijos");
        add(m, GREET | SALUTE, "bjs tchauu");
        add(m, PART, "fui|fuii|vou nessa|to indo|vou indo|to indo nessa|ja vou|tmj|descansa");
        add(m, GREET | HOW, "bao beleza blz suave");
        add(
                m,
                GREET,
                "e ai|oi gente|ola pessoal|salve salve|fala galera|fala pessoal"
                        + "|fala mano|fala meu rei|fala tropa|bons sonhos|boas malta"
                        + "|boas pessoal|boas a todos|boas noites|se cuida|boa live|boa stream"
                        + "|boa viagem|bom diaa|boa noitee");
        add(
                m,
                GREET | SALUTE,
                "bom dia|boa tarde|boa noite|boa madrugada|ate mais|ate amanha|ate logo|fala ai"
                        + "|ate a proxima");
        add(
                m,
                GREET | HOW,
                "tudo bem|tudo bom|como vai|como voce esta|como vc ta|como ce ta|tudo certo"
                        + "|tudo bem com vc|tudo bem com voce|tudo bem com vcs|tudo bem com todos"
                        + "|tudo joia|tudo tranquilo|tudo certo por ai|esta tudo bem|tudo bem por ai"
                        + "|tudo bom por ai|tudo joia por ai|tudo suave|tudo joia com vcs"
                        + "|tudo bom com vcs");
        add(
                m,
                FILLER,
                "pessoal galera povo todo mundo todos a e vc voce voces chat amigos"
                        + " streamer mano de novo familia malta tropa rapaziada meu povo gente com");
        add(m, FROM, "do da de");
        add(
                m,
                STOP,
                "o a os as um uma uns umas e ou mas de do da dos das em no na nos nas com"
                        + " para pra pro por eu me meu minha se isso isto esse essa ja muito mais");
        add(m, REQUEST, "porfavor favor pfv pfvr");
        // German
        add(m, QWORD | STOP, "wie viel|wie viele|was für|was fur");
        add(
                m,
                QWORD | STOP,
                "was wie warum wieso weshalb wann wo wer wen wem wessen welche welcher"
                        + " welches welchen welchem woher wohin womit wofur wozu worauf wieviel"
                        + " wieviele");
        add(
                m,
                AUX | STOP,
                "hast bist kannst wirst spielst machst hattest warst gibt ist sind"
                        + " habt seid konntest kommst streamst weisst magst willst findest nutzt"
                        + " benutzt wurdest musst sollte soll darf");
        add(
                m,
                YOU | STOP,
                "du dich dir dein deine deinen deinem deiner ihr euch euer eure" + " deins");
        add(
                m,
                REACT,
                "krass alter digga lol omg haha hahaha junge boah oha wtf bruder"
                        + " lachflash xd");
        add(
                m,
                GREET | SALUTE,
                "hallo moin moinsen servus tschuss tschau ciao nabend mahlzeit gude"
                        + " hallöchen hallochen huhu tach hoi heyho hallihallo hallöle servas grüß"
                        + " grüße grüezi tschüssi tschö tschausen adieu ade pfiat griaß gn8 n8");
        add(
                m,
                GREET,
                "hallo zusammen|moin zusammen|servus zusammen|bin wieder da|wieder da"
                        + "|bis zum nächsten mal|na ihr|na du|tag zusammen|schönen abend"
                        + "|schönes wochenende|auf wiedersehen|liebe grüße"
                        + "|pfiat di|hoi zäme|mit ö|in die runde"
                        + "|bis nächste woche|bis nächstes mal|bis montag|bis freitag|bis samstag"
                        + "|bis sonntag");
        add(
                m,
                PART,
                "bin off|bin weg|bin dann weg|bin dann mal weg|bin raus|muss los|muss jetzt los"
                        + "|ich bin weg|ich bin raus"
                        + "|ich muss los");
        add(
                m,
                GREET | SALUTE,
                "guten morgen|guten tag|guten abend|gute nacht|gruss gott|bis dann|bis morgen"
                        + "|schlaft gut|schönen abend noch|schönen tag noch|morgen zusammen"
                        + "|morgen leute|morgen chat"
                        + "|bis spater|n abend|abend");
        add(
                m,
                GREET | HOW,
                "wie gehts|wie geht es dir|wie gehts dir|wie gehts euch|wie geht es euch"
                        + "|wie gehts euch so|alles gut|alles klar|na wie gehts|wie läufts|alles fit"
                        + "|was geht|jo was geht|alles klar bei dir|alles gut bei dir"
                        + "|alles fit bei dir|wie läufts bei dir|wie läufts bei euch"
                        + "|wie gehts euch heute");
        add(
                m,
                FILLER,
                "leute zusammen alle ihr und dir euch chat streamer leude freunde wieder mal"
                        + " mitenand einen wunderschönen lieben");
        add(m, FROM, "aus");
        add(
                m,
                STOP,
                "der die das den dem des ein eine einen einem einer und oder aber zu im"
                        + " in an auf mit fur von bei ich mich mir mein meine wir es er sie ja nein"
                        + " nicht auch schon noch so da dann denn mal doch halt");
        add(m, REQUEST, "bitte pls");
        return new SpanTable(m);
    }

    private static void add(Map<String, Integer> m, int flags, String words) {
        String[] parts = words.indexOf('|') >= 0 ? words.split("\\|") : words.split(" +");
        for (String w : parts) {
            String k = Fold.word(w.trim());
            if (!k.isEmpty()) {
                m.merge(k, flags, (a, b) -> a | b);
            }
        }
    }
}
