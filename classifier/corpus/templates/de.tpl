# German chat (Deutschland, Österreich, Schweiz; viel Umgangssprache, oft ohne Umlaute und Satzzeichen).
@game = minecraft | elden ring | valorant | lol | league | gta | gta 5 | fortnite | cs2 | cs | apex | wow | hollow knight | dark souls | baldurs gate | tarkov | rust | overwatch | dota | among us | hades | stardew | zelda | mario kart | cyberpunk | fallout | skyrim | sekiro | witcher 3 | phasmo | rocket league | fifa | ea fc | schach | anno | siedler | farming simulator | gothic | silksong | balatro | rdr2 | warzone | genshin | r6
@gear = maus | tastatur | headset | kopfhörer | kopfhoerer | mikro | mikrofon | stuhl | monitor | webcam | kamera | cam | mauspad | controller | grafikkarte | graka | prozessor | cpu | schreibtisch | pc | setup | stream deck | capture card
@gear_n = die maus | die tastatur | das headset | das mikro | der stuhl | der monitor | die cam | die graka | das mauspad | der controller
@brand = logitech | razer | steelseries | hyperx | corsair | glorious | zowie | wooting | shure | rode | elgato | secretlab | sony | asus | msi | beyerdynamic | sennheiser | endgame gear | cherry | roccat | be quiet
@setting = sens | sensi | sensitivity | dpi | fov | crosshair | fadenkreuz | auflösung | aufloesung | settings | einstellungen | config | keybinds | tastenbelegung | grafik | fps | ping | hz
@fav = spiel | essen | film | anime | song | lied | band | farbe | getränk | waffe | charakter | boss | map | streamer | youtuber | buch | serie | verein
@pet = hund | katze | kater | hamster | papagei | hase
@place = deutschland | österreich | oesterreich | der schweiz | berlin | hamburg | münchen | muenchen | köln | koeln | wien | zürich | nrw | bayern | sachsen | dem pott | frankfurt | stuttgart | leipzig | bremen
@when = morgen | heute | heute abend | am wochenende | am freitag | danach | später | spaeter | nächsten stream | nochmal | wieder
@q_prefix = @{@streamer} | @{@streamer} | ey | yo | bro | chat | {@streamer} | hey {@streamer} | frage | kurze frage | frage: | sorry falls schon beantwortet aber | hi | moin | digga | alter | sag mal | leute | na | btw | lol
@q_suffix = {@emote} | {@emote} | {@emoji} | bitte | pls | bidde | nur aus interesse | bin neu hier | danke | dankeee | xd | {@emote_channel} | :) | 🤔 | lol
@g_suffix = {@emote} | {@emoji} | lol | xd | haha | {@emote_channel} | 😂 | 💀 | KEKW | LUL | digga | alter | safe | ehrlich
@greet_suffix = {@emote} | {@emoji} | {@emote_channel} | 👋 | HeyGuys | <3 | :) | VoHiYo

== question x10
{welche|was für eine|was fuer eine|was für ne} {maus|tastatur|kamera|cam|graka|grafikkarte} {benutzt du|hast du|ist das|nutzt du|hast du da|empfiehlst du}
{welches|was für ein|was für n} {headset|mikro|mikrofon|mauspad} {benutzt du|hast du|ist das|nutzt du}
{welcher|was für ein} {stuhl|monitor|controller|prozessor|schreibtisch} {ist das|hast du|benutzt du}
was ist {deine|dein|die|das} {@gear}
{welche|was für ne} {marke|firma} ist {@gear_n|deine maus|dein headset}
wie viel hat {@gear_n|deine maus|dein headset|dein pc|dein setup} gekostet
ist das {eine|ein|die|das} {@brand} {@gear}
ist {@gear_n|deine maus|dein headset} {kabellos|mechanisch|gut|neu|teuer}
wo hast du {den|die|das|deinen|deine} {hoodie|pulli|lampe|plüschtier|poster|tasse|stuhl|@gear} {her|gekauft}
was ist {deine|dein|die} {@setting}
{welche|was für ne} {@setting} {hast du|spielst du|benutzt du}
was sind deine {specs|pc specs|settings|einstellungen|keybinds}
kannst du {deine|die} {@setting|settings|config} {zeigen|posten|in den chat schreiben}
spielst du {mit controller|auf controller|mit maus und tastatur|auf pc|auf konsole|auf der ps5|auf xbox|am laptop}
wie viel {hz|hertz} hat {dein|der} monitor
{mit welchem|welches} {programm|tool} {streamst du|schneidest du|machst du das overlay|machst du die alerts}
wie {kriegst|bekommst} du {dein mikro|deine stimme|den sound|die cam} so {gut|klar|sauber}
hast du {deinen pc|den pc} selbst gebaut
{welche|was für ne} {graka|grafikkarte|cpu|ram} hast du
{welches|was für ein|was fürn|was für n} spiel ist {das|dieses}
was {spielst du|zockst du|spielst du gerade|zockst du da}
wie heißt {das spiel|dieses spiel|das game}
name vom {spiel|game}
ist das {@game}
ist {das spiel|das game} {kostenlos|auf steam|auf konsole|multiplayer|koop|neu|schwer|gut|early access}
wie viele stunden hast du {in dem spiel|in {@game}|schon|}
{welchen|was für nen} {rang|rank|elo|level} {hast du|bist du} {in {@game}|gerade|}
was ist dein {rang|rank|elo|main|peak|kd}
{welche|welcher|welches|was für ne} {klasse|charakter|build|waffe|deck|map|modus|schwierigkeit|server|version|mod|skin} {ist das|spielst du|benutzt du|hast du}
{wen|welchen charakter|welchen helden} {spielst du|mainst du}
wie hast du {das gemacht|den boss geschafft|den boss besiegt|das gelernt|das gefunden|den skin bekommen|das freigeschaltet}
wie {macht man das|schafft man den boss|schaltet man das frei|pariert man|kommt man da hin|verdient man schnell geld|heilt man sich}
ist das dein erster {durchlauf|run|playthrough}
wo {finde|bekomme|kriege} ich {das schwert|die rüstung|den schlüssel|die karte|den ring|den skin}
ist das {ranked|competitive|normal|ein privater server|gemoddet|hardcore|das dlc|das remake}
auf welchem server {spielst du|bist du|ist das}
{kann ich|können wir|darf ich} {mitspielen|auf den server|mit dir spielen|in die lobby}
können {zuschauer|viewer|subs} mitspielen
wie viele {tode|siege|kills|versuche|runden} {schon|heute|bisher}
{schaffst|spielst} du {das spiel|den boss|das} {heute|im stream|} {durch|noch}
hast du {das spiel|den boss|@game|den endboss} schon {durchgespielt|besiegt|geschafft}
hast du {schon mal|jemals|mal} {@game} gespielt
{magst du|spielst du gern|findest du} {@game} {gut|}
würdest du {@game} spielen
hast du {das neue update|die neue season|das dlc|den neuen patch|das remake} {gespielt|gesehen|getestet}
was {hältst|haeltst|denkst} du {von|über} {dem neuen patch|dem update|@game|der neuen season|der map|dem boss|dem ende}
was spielst du {@when|danach|als nächstes}
{wann|um wie viel uhr} {streamst du|ist der stream|gehts los} {morgen|am freitag|wieder|}
wann {kommt|ist} {der nächste stream|das nächste video|die collab|das giveaway}
{streamst du|spielst du} {@game|} {@when}
{gibt es|gibts} {morgen|heute|am wochenende} {einen stream|stream}
wie lange {streamst du|geht der stream} {heute|noch|}
{gibt es|gibts} {ein vod|eine aufzeichnung|einen zeitplan|highlights} {davon|vom stream|}
gehst du {zur twitchcon|zum turnier|zur gamescom|zum event|zum treffen}
wann {endet|ist vorbei} {das giveaway|das turnier|das event}
streamst du jeden tag
wie ist der {zeitplan|streamplan} {diese woche|}
wie alt {bist du|bist du eigentlich}
woher {kommst du|bist du}
{in welcher|aus welcher} {stadt|gegend} {wohnst du|kommst du}
wie lange {streamst du schon|bist du schon auf twitch|machst du das schon}
hast du {einen hund|eine katze|eine freundin|einen freund|einen job|einen youtube kanal|discord|tiktok|insta}
was ist dein {lieblings|liebster} {@fav}
wie heißt dein {@pet}
wie groß bist du
wie spät ist es {bei dir|da|}
sprichst du {englisch|spanisch|russisch|türkisch|polnisch}
was {hast du gegessen|isst du|trinkst du|gab es zum essen|hattest du zum frühstück}
warum hast du {aufgehört zu streamen|deinen namen geändert|@game aufgehört|die haare gefärbt|umgezogen}
wie hast du {mit streamen angefangen|deine freundin kennengelernt|englisch gelernt|so viele follower bekommen}
{geht es dir besser|gehts dir besser|bist du krank|bist du wieder gesund}
{studierst|arbeitest} du {noch|}
was {arbeitest du|machst du beruflich}
{schläfst|pausierst} du {eigentlich|auch mal|}
hast du {meine spende|meine nachricht|meinen clip|meinen tweet|mein sub} gesehen
kannst du {meinen freund grüßen|meine nachricht vorlesen|meine spende vorlesen}
{welcher|was für ein|wie heißt der} {song|lied|track} {ist das|läuft da|läuft gerade|}
wie heißt {der song|das lied|der track}
{songname|song name|wer singt das|von wem ist der song}
kannst du {die musik|das spiel|den sound|das mikro} {lauter|leiser} machen
kannst du {musik|phonk|lofi|den song nochmal} {anmachen|spielen}
hast du {eine playlist|ne spotify playlist} {davon|dafür|}
kannst du {die map|das inventar|die settings|den build|den skilltree|das nochmal} {zeigen|erklären}
kannst du {die musik|das mikro|die untertitel|die helligkeit|den sound} {anmachen|ausmachen|hochdrehen|runterdrehen}
{machst du|gibt es} {ein giveaway|ein 1v1|eine fragerunde|ein face reveal|eine collab}
{liest|siehst} du {den chat|chat}
{ist der discord|ist discord} {offen|down|noch aktiv}
{gibt es|gibts} {einen discord|einen code|ein subgoal|ein emote dafür|einen creator code}
{laggt|ruckelt|buggt} der stream {bei jemandem|bei euch|bei dir|}
wie {komme ich auf den discord|bekomme ich die emotes|werde ich mod|löse ich punkte ein|bekomme ich vip|sub ich mit prime}
wie {schneidest du deine videos|hast du so viele zuschauer|motivierst du dich|bleibst du so ruhig|hast du so viel energie|gehst du mit hate um|zielst du so gut}
hast du {tipps|einen tipp} für {neue streamer|@game|anfänger|aim|ranked}
wie kann ich {besser in {@game} werden|mein aim verbessern|mit streamen anfangen|dich unterstützen}
{welche maus|welches spiel|welche tastatur|welches headset} soll ich {kaufen|holen}
lohnt sich {@game|das spiel}
warum hast du {die klasse|die waffe|den weg|den charakter} {genommen|gewählt}
warum {benutzt|nimmst} du nicht {die ulti|den heal|den bogen|das schild}
{ist es nicht|wäre es nicht} besser {links zu gehen|den bogen zu nehmen|safe zu spielen|erst zu farmen}
wann {hat|endet} der stream {angefangen|}
wie viele {subs|follower|zuschauer|abonnenten} hast du
{welche|welchen} {streamer|youtuber} {schaust du|guckst du|haben dich inspiriert}
wer ist {dein|der} {duo|freund|cutter|mod|partner} {heute|in dem spiel|}
mit wem {spielst du|zockst du} heute
{würde gern wissen|frage mich} {welche maus|welches headset|welche tastatur} du {benutzt|hast}
{ich will|ich würde gern} {deine|die} {@setting|settings|specs} wissen
{schick|sag|nenn} {mal|} {deine|die} {@setting|settings|specs|den song} {bitte|pls|}
{@setting|settings|specs|song|spiel} {bitte|pls|bidde}
was hast du {am wochenende|morgen|nächsten stream|als nächstes spiel} vor
{glaubst|denkst} du {du gewinnst|du schaffst das|du steigst auf} {heute|diesmal|}
ist das dein erster {sieg|kill|versuch}
hast du {heute|gestern|letzte nacht} {geschlafen|gegessen|gestreamt}
hast du {den neuen film|den trailer|das finale|das turnier} gesehen
kannst du {erklären wie das funktioniert|die regeln erklären|erklären was passiert ist|sagen warum du gestorben bist}
was ist {das ziel|der plan|die strategie} {jetzt|heute|}
wo {gehst du hin|muss man hin|ist das nächste gebiet}
wo {kann ich|sieht man} {das vod|deine videos|alte streams} {sehen|}
und {du|hast du|spielst du} {@game} {@when|}
chat {was|wer} {hab ich verpasst|gewinnt|ist das}
hab ich was verpasst
*3 was ist besser {ranked oder normal|pc oder konsole|hunde oder katzen|kaffee oder tee}
*3 stimmt es dass du {@game aufgehört hast|umgezogen bist|einen zwilling hast}
*3 wie spricht man deinen namen aus
*3 was bedeutet dein {name|nickname}
*3 was ist mit {deinem hund|deiner katze|deinem alten kanal|deinem setup|deiner stimme} passiert
*3 wo ist {dein hund|deine katze|dein duo|dein cutter} heute
*2 mag {dein hund|deine katze} {den stream|games}
*2 kommst du aus {@place}
*2 zockst du {@game} {mit freunden|alleine}
*2 kann man {mit paypal|per überweisung} spenden
*2 wann {stehst du auf|gehst du schlafen}

== general x10
{was für ein|was ein|krasser|geiler|starker} {schuss|play|move|clutch|spieler|save|sprung}
{nice|stark|sauber|krank|geil|brutal|heftig|ehrenmann|ehre|legende}
{gg|ggs|gg wp|ggwp|gg ez}
{der|er|der typ} {cheatet|laggt|ist tilted|ist on fire|ist krank|ist schlecht|ist ein bot|trollt}
der boss ist {so schwer|unmöglich|leicht|nervig|unfair}
{geh|lauf|heil dich|reload|spring|warte|benutz die ulti|nimm die ulti|kauf rüstung} {nach links|nach rechts|zurück|schnell|}
{hinter dir|der ist hinter dir|oben|mach die truhe auf|nimm den loot|nimm das mit}
du hast {die truhe|den schlüssel|den loot|das secret|das item|die abkürzung} {verpasst|vergessen}
{ich liebe|ich feier} {das spiel|den stream|den song|die map|den chat|die vibes}
{die map|der patch|das spiel|der modus} ist {müll|kaputt|richtig gut|langweilig|mega}
{pech|knapp|fast|rip|F|los gehts|auf gehts|weiter so}
{dein|das} {mikro|mikrofon|audio} ist {gemutet|aus|zu laut|zu leise|komisch}
{man hört nichts|ich hör nichts|kein ton|kein sound}
der stream {laggt|ruckelt|buggt|hängt} {voll|wieder|}
{bin grad gekommen|bin gerade da|grad aufgewacht|komme grad von der arbeit|komm grad aus der schule}
{erstes mal|zum ersten mal} {hier|im stream|live dabei}
ich schau dich seit {2|3|5|ein paar} jahren
{ich feier|liebe} {den stream|die vibes|das setup|den content|das neue overlay}
{der song|die musik|das lied} ist {ein banger|geil|fire|so gut}
{bin|ich bin} so {müde|hungrig|gelangweilt|glücklich|kaputt|durch}
{esse|ich esse} {pizza|döner|nudeln|schnitzel|currywurst|brot} {gerade|nebenbei|}
mein {hund|kater|katze} {schaut auch zu|guckt mit}
{lurke|bin am lurken|bin kurz weg|gleich wieder da|muss los|afk|bin wieder da|bin weg}
ich hab morgen {eine prüfung|schule|arbeit|eine klausur|uni}
{es ist|bei mir ist es} {3|2|4|5} uhr nachts
ich spiel das auch
ich komm aus {@place}
{ich glaube|find|meiner meinung nach} {er sollte mid gehen|du solltest rushen|das ist der beste run|der boss ist schwach gegen feuer|das spiel ist unterschätzt|das ende war schlecht}
{die mods schlafen|der chat ist heute wild|der chat ist tot|chat ist tot}
{er kocht|wir sind zurück|es ist vorbei|wir sind geliefert|das wars}
{stimmt|fakt|wahr|real|based|cringe|ehrlich|safe|true|genau|jo|jup|ok|alles klar|läuft|passt}
{@chatter} {stimmt|fakt|gleich|nein hat er nicht|gibts auf steam|ist kostenlos|hat er schon gesagt|ist elden ring|kommt aus berlin}
@{@chatter} {stimmt|fakt|ja|nein|steht in der beschreibung|hat er schon gesagt|er ist 25|danke|bitte|steht im discord}
{ich wusste|wusste ich doch} dass {das passiert|er das macht|du das machst}
{so macht man das|so gehts}
{deshalb|darum} {schau|gucke} ich {den stream|dich}
{was für ein|was ein} {spiel|game|comeback|stream|typ}
{ich wünschte|wünschte} ich könnte so spielen
ich {geh schlafen|geh essen|schau das vod|kauf mir das spiel|probier den build}
{danke|dankeschön|vielen dank} für {den stream|die tipps|den gruß|das giveaway|den sub}
{alles gute|happy birthday|herzlichen glückwunsch} {@streamer|bro|}
{glückwunsch|gratuliere} zum {sieg|partner|100k|neuen setup|rankup}
{kann nicht sein|unglaublich} dass er {getroffen hat|verfehlt hat|überlebt hat|das geschafft hat}
{ich sterbe|ich heul|ich kann nicht mehr|tot} {hahaha|haha|😭|xd|}
{der ton|die cam|die kamera} {ist asynchron|hat delay|ist eingefroren|ist schwarz|sieht top aus}
der chat ist {so schnell|zu schnell|krass schnell}
{nein|nee|nö} {danke|das stimmt nicht|ist falsch|nicht schon wieder}
{ja|jo|jap|genau} {genau|stimmt|seh ich auch so|er hat recht}
{gleich|ich auch|ich auch nicht|literally ich|same}
{hab gesubbt|gerade gesubbt|resub} {für 6 monate|für ein jahr|}
{freu mich auf|kann es kaum erwarten} {den nächsten stream|das video|das update|das dlc|morgen}
{hahaha|haha|lol|HAHAHA|hahahaha}
{ok|okay|gut|alles klar} {chat|dann|lol|}
{das spiel|das game} sieht {geil|richtig gut|schwer|gruselig} aus
{das neue|dein neues} {overlay|setup|mikro|haarschnitt} sieht {top|geil|sauber} aus
{wir wollen|ich will} {mehr|noch} {@game streams|horror|speedruns|irl}
*2 der streamer ist heute {tilted|on fire|müde|am kochen}
*2 {mach das nicht|spring nicht|geh da nicht hin|mach das nicht auf|vertrau ihm nicht}
*2 {ich hab|hab} {alle punkte|die wette} darauf {gesetzt|verloren}
*2 {bester|schlechtester} {stream|run|moment|bossfight} aller zeiten
*2 {bin|ich bin} nur wegen {der vibes|der musik|dem chat|dem giveaway} hier
*2 {du bist|der ist} {so schlecht|krank gut|ein bot} {lol|xd|}

== general x6
{was?|was??|WAS|was???|wat?|wie bitte?|hä?|hä|HÄ?|häää|he?}
{was|was zur hölle} {war das|ist passiert|macht er|machst du da|ist das}{|?|??|!}
{alter|digga|bro|junge} {was|wtf|hä}{|?|??}
{hm?|äh?|eh?|?|??|???|????}
{lol?|xd?|haha was|hahaha was}
{wie?|wie??|WIE|wie???|aber wie|wie denn|wie jetzt}
{warum?|warum??|wieso?|wieso??|aber warum|weshalb?|wozu?}
{warum|wieso} {machst du das|springst du|gehst du da hin|vertraust du ihm|macht er das}{|?|??}
{wer hat gefragt|hat keiner gefragt|wen interessierts|juckt keinen}{|?|??}
{ernsthaft|im ernst|echt jetzt|wirklich|ist das dein ernst|kein scheiß}{?|??|}
{ist das echt|ist das real|ist das erlaubt|geht das}{?|??}
wie {hat er das verfehlt|hat er das nicht gesehen|hat er das überlebt|ist er da gestorben|hat er das verloren}{|?|??}
wie {ist das kein foul|ist das kein kill|war das kein headshot|hat das nicht getroffen|hat das getroffen}{|?|??}
wie {lebt er noch|hat er das gemacht}{|?|??}
warum {ist er so|ist das spiel so schwer|ist der chat so|ist der boss so nervig}{|?|??}
{was macht er|was machst du|bro was machst du|was machst du da 💀}{|?|??}
{hat er das wirklich gemacht|ist er gestorben|ist er runtergefallen}{|?|??}
{habt ihr das gesehen|hast du das gesehen|saht ihr das}{|?|??}
{wer spielt so|wer hat dir autofahren beigebracht|wer hat ihm das beigebracht}{|?|??}
{alles gut|alles ok bei dir|lebst du noch}{?|??} {💀|😭|LUL|KEKW}
wie kann man {das verfehlen|das verlieren|ihn nicht sehen|da runterfallen}{|?|??}
{ist das möglich|wie hat das getroffen|wie hat das nicht getroffen|ist das erlaubt}{|?|??}
{was ist das|warte was|moment mal|wie bitte|pardon|hä what}
{bist du blind|kannst du zielen|hast du vergessen wie man spielt|gehts noch}{|?|??}
{trollt er|macht er das absichtlich|ist das ernst gemeint}{|?|??}
{und?|na und?|und jetzt?|und dann?|ja und}
{was|wie|wer|wann|wo|warum|wieso}{?|??|!?}
{was für ein glück|wie schlecht kann man sein|wie macht er das immer}
{nennst du das|ist das} {einen sprung|einen schuss|spielen}{?|??}
{hab nur ich das gesehen|hat das noch jemand gehört}{?|}
{willst du mich verarschen|verarschst du mich|ist das ein witz}{?|??}
{hat er das wirklich gesagt|hat sie das wirklich gemacht}{?|??}
{wer ist das|wer ist der typ|wer ist das denn} {haha|xd|💀|😭}
{warum bist du so|warum sind wir noch hier|warum schau ich das noch}{|?|??}
{wie kann das spiel so} {gut|schlecht|schwer} sein{|?|??}
{alter|digga|junge|boah|oha|krass}{|!|?}

== greeting x6
{hallo|hi|hey|moin|servus|moinsen|huhu|nabend|gude} {@streamer|chat|leute|zusammen|alle|}
{hallo zusammen|moin zusammen|servus zusammen|hallo leute|hi chat|moin chat}
{guten morgen|guten tag|guten abend|gute nacht} {chat|leute|@streamer|zusammen|}
{hallo|grüße|moin|servus} aus {@place}
{wie gehts|wie geht es dir|wie gehts dir|alles gut|alles klar} {@streamer|bro|chat|}
{hi|hallo|moin} {@streamer} {wie gehts|alles gut|wie geht es dir}
{wie gehts euch|wie geht es euch} {leute|chat|allen|}
{tschüss|tschau|ciao|bis dann|bis morgen|bis später|gute nacht} {chat|leute|@streamer|zusammen|}
{bin wieder da|wieder da|hallo nochmal|hi nochmal} {@streamer|chat|}
{hallo|moin} {@streamer} {hallo|moin} chat
{moin moin|hallo hallo|hi hi} {chat|@streamer|}

== link x5 raw
https://clips.twitch.tv/{Brave|Funny|Cute|Tiny}{Clip|Moment}{Kappa|Pog}-{a8Xk2|Q9zLm|p0Wd1}
{guck mal|schaut mal|bist du das|bist du das?|haha|lol} https://clips.twitch.tv/{ElegantCrazyWombat|SpicyTinyOtter}-{xk92|mQ1a}
https://youtu.be/{dQw4w9WgXcQ|9bZkp7q19f0|kJQP7kiw5Fk}
{der song|das lied|hier der track} https://open.spotify.com/track/{4uLU6hMCjMI75M1A2tKUQC|7qiZfU4dY1lWllzX7mPBI3}
{der discord|mein discord|kommt auf den discord} https://discord.gg/{mellchat|abc123|de}
https://www.instagram.com/{@streamer|@chatter}
{guide|karte|wiki}: https://{eldenring.wiki.fextralife.com|www.gamestar.de|minecraft.fandom.com}/de/wiki/{Bosse|Karte}
{gratis follower|billige viewer|gratis skins} {bei|hier} {viewbot.shop|gratisskins.xyz|followz.store}
{ist das echt?|hat das wer probiert|lol} https://{bit.ly|tinyurl.com}/{3xYz9|freeskins}
{twitch.tv|kick.com}/{@streamer}
{hier|der link|bitte} https://www.youtube.com/watch?v={dQw4w9WgXcQ|9bZkp7q19f0}
www.{amazon.de|ebay.de|reddit.com}/{@chatter}

== spam x3 raw
{HALLO ICH KOMME AUS {@place} BITTE GRÜß MICH DU BIST DER BESTE STREAMER DER WELT ICH SCHAUE DICH JEDEN TAG BITTE GRÜß MEINE MAMA UND MEINEN HUND}
{*4-6 {DEUTSCHLAND DEUTSCHLAND|CHAT IST DAS ECHT|WIR SIND DER CHAT}}
{MODS|mods} {BANNT IHN|bannt ihn} {MODS|mods} ER HAT DAS WORT GESAGT {MODS|mods} BAN BAN BAN BAN BAN BAN BAN BAN BAN BAN
{GRATIS SKINS|gratis skins} {SCHREIBT MIR|schreibt mir} PRIVAT GRATIS GRATIS GRATIS GRATIS GRATIS GRATIS GRATIS GRATIS
Wenn du das liest schreib {1|F|W} in den chat sonst hast du 7 jahre pech, kein witz, das ist meinem cousin passiert und jetzt {spielt er fortnite|ist er bronze} {@emote} {@emote} {@emote} {@emote} {@emote}
Chat ich muss euch was erzählen, gestern hab ich mit meinen kumpels {@game} gespielt und plötzlich war im ganzen viertel der strom weg und als er wieder da war ging mein pc nicht mehr an und ich musste ihn zur reparatur bringen und jetzt bin ich pleite
{@emote} {@emote} {@emote} ALLE SCHREIBEN {@emote} IN DEN CHAT ALLE SCHREIBEN {@emote} {@emote} {@emote} {@emote} {@emote}
{*8-12 {TOOOR|HAHAHA|ALTER|JAAA|NEIN|LOS}}

== general x8
du bist {so gut|krank|ne maschine|der beste|zu gut|so lustig|so schlecht|kaputt gut} {in dem spiel|heute|}
{dein|deine} {aim|movement|setup|stimme|katze|zimmer|frisur|build|base|timing} ist {krank|so sauber|süß|schlimm|next level|top}
du {verdienst|brauchst} {mehr zuschauer|ne pause|schlaf|den partner|ne bessere maus}
du {siehst|klingst} {müde|glücklich|krank|heute anders|gut} aus
du solltest {@game|das neue update|horrorspiele|den build|das dlc} {spielen|testen|ausprobieren}
{du schaffst das|du packst das|du gewinnst|machst das gut|hast gut gemacht}
{kann nicht glauben|kann es kaum erwarten|halte den boss nicht aus|hör das spiel nicht}
{vergiss nicht|gib nicht auf|hör nicht auf den chat|mach dir keine sorgen}{| zu trinken| das|}
{hättest|du hättest} {links gehen|die ulti nehmen|dich heilen|warten|die abkürzung nehmen} sollen
{hätte schlimmer sein können|wär lustig wenn er stirbt|wär krass gewesen}
{geschafft|wir habens geschafft|first try|mit absicht gemacht}
{ist halt so|hat spaß gemacht|war knapp|mach ich|viel spaß}
{ich wette|glaub|sicher} {er gewinnt|sie stirbt|das klappt|wir verlieren} {lol|}
{keine ahnung|weiß nicht|kp} {was|wie|warum|wer} {er macht|das passiert ist|das funktioniert|das ist}
{keiner|niemand} weiß {was er macht|wie das funktioniert|warum}
{das ist|da ist} {was|warum|wann|wie|wo} {ich gesagt hab|er gestorben ist|es passiert ist|wir hingehen}
{was|wie} {er da gemacht hat|der boss ist|das war} {ist krank|ist unfair|war dumm|krass}
wenn der {boss|chat|streamer} {trifft|verfehlt|stirbt} {haha|😭|}
{wo|wann} {alles schiefging|das angefangen hat|das passiert ist} {lol|}
{frag|fragt} {ihn|den streamer|die mods} {später|nicht mich}
{sie|er} {hat|haben} {gefragt welches spiel das ist|nach der maus gefragt|das gestern gefragt}
{hat keiner gefragt|interessiert keinen} {lol|}
{ok|okay} {das|dieses} {ist|war} {interessant|komisch|krass}
{ist sein|ist dein} {erster|zweiter|dritter} {versuch|run|durchlauf} {lol|}
{vielleicht|wahrscheinlich} {laggt er|ist das ein bug|nächstes mal|morgen}
{los gehts|auf gehts|mal sehen|nochmal}
{wir sind zurück|wir sind geliefert|das wars|wir gewinnen|wir verlieren} {lol|}

== question x8
{weißt du|erinnerst du dich} {was|welcher|wo|wann|wie} {der boss heißt|das lied war|die map ist|das ende war}
{weiß jemand|weißt du} {wann|wo|was|wie} {der nächste stream ist|man das schwert kriegt|der song ist|er das gemacht hat}
{würdest du|kannst du} {deine settings|deine specs|dein crosshair|deine playlist} {zeigen|teilen|posten}
{ist es möglich|ist es schwer} {das zu schaffen|den skin zu kriegen|das solo zu spielen|das auf laptop zu spielen}
sind {die|diese} {emotes|skins|settings|keybinds} {neu|custom|standard}
{also|ok also} {welches|welche|wie} {spiel|maus|rang|build} {ist das|benutzt du|hast du}
{welche|was für ne} {option|route|wahl} {hast du genommen|nimmst du|würdest du nehmen}
{warum|wieso} hast du {mit {@game} aufgehört|youtube verlassen|das team verlassen|valorant aufgehört}
{und|aber} {was|wie|wann} ist {mit dem dlc|mit dem nächsten stream|mit deiner katze|mit dem giveaway}
was ist {der plan|die strat|das ziel} für {heute|den run|den boss|heute abend}
{willst du|wirst du|hast du bock} {@game|mit zuschauern|ein 1v1} {zu spielen|spielen|zu zocken} {später|heute abend|morgen|}
hast du {die platin|alle erfolge|das wahre ende|den hardcore modus} {geholt|geschafft}
{wann|wo} hast du {die|den|das} {cap|lampe|stuhl|shirt} {gekauft|her}
ist das {dein|dein zweiter} {main|smurf|zweitaccount|alt account}
{welches|welcher} {spiel|boss|map|level} {war am schwersten|ist dein liebling|ist am schlimmsten} {bisher|für dich|}

== general x3
was?
hä?
wie?
ernsthaft?
im ernst?
echt jetzt?
warum?
wer hat gefragt?
was war das?
wie bitte?
alter was?
bro was?
wtf?
hä wie?
lol?
und?
häh?
wirklich?
digga was?
was los?
wieso?

== question x8
{ey|also|sag mal} {welches|was für ein|was fürn} spiel {ist das|zockst du|spielst du da}
{und|aber} {woher|von wo} {kommst du|bist du} {eigentlich|so|}
{bro|digga|alter} {woher|wo} {kommst du|kommst du her}
wie alt {bist du|ist der streamer|bist du jetzt}
{benutzt|hast} du {die|das|den} {@brand} {maus|headset|tastatur|mikro}
{welcher|was für ein} {song|track} {läuft|läuft gerade|ist das grad}
{wann|um wie viel uhr} {bist du|gehst du} {morgen|wieder} live
{welchen|was für nen} {rang|rank|elo} {hast du|bist du} {gerade|jetzt|}
{welche|was für ne} {sens|dpi} {hast du|nutzt du|spielst du}
{sprichst|kannst} du {englisch|spanisch|russisch}
{seit wann|wie lange schon} {streamst du|bist du auf twitch}
wo {wohnst du|lebst du} {eigentlich|jetzt|}

== question x6
{welches|was für ein|welcher|welche|was für ne} {spiel|game|maus|tastatur|headset|mikro|monitor|stuhl|song}
{welches|was für ein|welcher|welche|was für ne} {rang|sens|dpi|server|build|klasse|map|waffe|modus}
{welches|was für ein|welcher|welche|was für ne} {version|crosshair|setup|graka|cpu|controller}
{name vom|wie heißt der|wie heißt das} {spiel|song|boss|server|map}
wie viele {stunden|tode|zuschauer|subs|siege|kills|follower|fps}
{woher|seit wann|mit wem} {kommst du|streamst du|spielst du}
