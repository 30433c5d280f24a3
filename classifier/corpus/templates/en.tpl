# English chat (Twitch/YouTube/Kick). Labels: see ../README.md.
@game = minecraft | elden ring | valorant | league | gta | gta 5 | fortnite | cs2 | cs | apex | wow | hollow knight | dark souls 3 | baldurs gate 3 | bg3 | tarkov | rust | overwatch | dota | lethal company | among us | hades 2 | stardew | zelda | mario kart | cyberpunk | fallout 4 | skyrim | sekiro | the witcher 3 | phasmo | rocket league | fifa | chess | osu | geoguessr | silksong | balatro | helldivers | poe 2 | marvel rivals | deadlock | r6 | pubg | warzone | terraria | factorio | isaac | celeste | outer wilds | rdr2 | bloodborne
@gear = mouse | keyboard | headset | mic | microphone | chair | monitor | webcam | cam | camera | mousepad | controller | gpu | graphics card | cpu | desk | headphones | keycaps | switches | stream deck | capture card | mouse pad | pc case | lights | light
@brand = logitech | razer | steelseries | hyperx | corsair | glorious | zowie | finalmouse | wooting | shure | rode | elgato | secretlab | sony | asus | msi | benq | lamzu | pulsar | keychron | herman miller | audio technica | beyerdynamic | sennheiser
@setting = sens | sensitivity | dpi | fov | crosshair | resolution | res | edpi | keybinds | settings | graphics settings | fps | ping | refresh rate | crosshair code | config | binds | deadzone
@thing = hoodie | shirt | hat | lamp | plushie | poster | figure | cup | headset | chair | glasses | necklace | jacket | wallpaper | overlay | background | keyboard
@fav = game | food | movie | anime | song | band | color | drink | snack | weapon | character | boss | map | class | youtuber | streamer | book | show | champ | agent
@pet = dog | cat | bird | hamster | snake | bunny | parrot
@country = brazil | germany | spain | mexico | russia | poland | the uk | canada | france | italy | argentina | portugal | india | australia | sweden | the philippines | turkey | ukraine | chile | colombia | the us | texas
@lang = spanish | german | russian | portuguese | french | english | italian | polish | japanese
@charthing = class | character | build | weapon | deck | loadout | champ | agent | hero | map | mode | difficulty | server | seed | version | modpack | texture pack | shader | skin | sword | spell | perk | talent | rune page
@boss = the boss | the last boss | malenia | the dragon | that boss | the final boss | radahn | the dlc boss | ornstein and smough | the twins
@when = tomorrow | tonight | later | next week | on friday | on the weekend | after this | next stream | again
@hour = 3 | 5 | 7 | 8 | 10 | 12
@q_prefix = @{@streamer} | @{@streamer} | yo | hey | bro | chat | {@streamer} | hey {@streamer} | quick question | question: | random question but | sorry if you answered already but | hi | hello | ok but | btw | also | yo {@streamer} | hey man | dude | streamer | sorry im late but | lol
@q_suffix = {@emote} | {@emote} | {@emoji} | pls | please | just curious | im new here | thx | ty | lol | {@emote_channel} | :) | 🤔 | asking for a friend | i need to know
@g_suffix = {@emote} | {@emoji} | lol | lmao | xd | fr | tbh | {@emote_channel} | 😂 | 💀 | LUL | KEKW | frfr | ngl
@greet_suffix = {@emote} | {@emoji} | {@emote_channel} | 👋 | HeyGuys | VoHiYo | <3 | :)

== question x10
what {@gear} {do you use|do u use|is that|are you using|r u using|u using|do you have}
which {@gear} {do you have|is that|do you use|do you recommend|is better}
{whats|what's|what is} {your|ur|the} {@gear}
{what|which} {brand|model} is {your|ur|that} {@gear}
how much {was|did} {your|ur|that} {@gear} {cost|}
is that {a|the} {@brand} {@gear}
{is that|is your} {@gear} {wireless|mechanical|any good|worth it|new|custom}
{where|where'd} {did you|did u|you} get {that|your|ur} {@thing}
{what|whats|what's} {your|ur} {@setting}
what {@setting} do you {play on|use|have}
what are {your|ur} {pc specs|specs|settings|keybinds|binds|graphics settings}
can you {show|tell us} {your|ur} {@setting|specs|settings|crosshair}
{do you|do u|you} play on {controller|mkb|keyboard and mouse|pc|console|ps5|xbox|steam deck|a laptop}
how many hz is {your|ur|that} monitor
what size is {your|ur|that} monitor
what {software|program|app} do you use {to stream|for streaming|for your overlay|for tts|for alerts|to edit}
how do you get {your|ur} {mic|voice|audio|camera|stream} to {sound|look} so {good|clean|clear|crisp}
is {your|ur} chair comfy
{did you build|who built} {your|ur} pc
what {gpu|cpu|graphics card|ram} {do you have|is in your pc}
{what|whats} {your|ur} {internet|wifi} speed
{what game is this|what game are you playing|what game r u playing|what game is that|what are you playing|what r u playing}
{whats|what's|what is} {the name of this game|this game called|the game called}
name of the game
is this {@game}
is this game {free|on steam|on console|on ps5|multiplayer|coop|out yet|worth it|any good|hard|new|early access|f2p}
how {long|many hours} {have you been playing|have you played|you been playing} {this game|@game|this}
what {level|rank|elo|lvl} {are you|r u|are u} {in {@game}|now|rn|}
{whats|what's} {your|ur} {peak rank|rank|elo|kd|win rate|main}
what {@charthing} {is that|are you using|are you playing|do you main|is this|do you use}
{which|what} {@charthing} should i {pick|use|play|get}
how did you {get that|unlock that|beat that boss|do that|get so good|learn that|find that|get that skin|get that many kills}
how do you {do that|get there|unlock that|beat him|parry|build that|get that skin|make money fast|heal|get out of there|get that achievement|do that combo}
{is this|are you on} your first {playthrough|run|time playing}
{how|where} do you {get|find} {the|that} {sword|armor|skin|item|key|map|mount|ring}
is this {ranked|casual|a custom server|modded|hardcore|new game plus|the dlc|the remake|solo or duo}
what server {are you on|is this|do you play on}
{can|do} viewers {join|play with you}
can {i|we} {join|play with you|join your server|join your lobby|get an invite}
how many {deaths|wins|kills|runs|attempts} {so far|now|today|is that}
{are you|r u} {going to|gonna} {finish|beat} {this game|it|@boss} {today|tonight|this stream|}
{did you|have you} {beat|beaten} {@boss|the game|@game} {yet|already|}
{have you|did you|have u} {ever played|ever tried|played} {@game}
{do you|do u} like {@game}
would you ever play {@game}
{have you|did you} {played|try|tried} the {new update|new season|dlc|new patch|remake|sequel|new map}
what do you think {of|about} {the new update|the new patch|@game|the new season|this map|this boss|the ending|the nerfs}
{what|how} {is|do you think of} the {story|ending|dlc|new season} so far
what are you {playing|gonna play} {@when|next}
what time {do you|will you|are you gonna} stream {tomorrow|on friday|next|again}
when {do you|will you|are you gonna} stream {next|again|tomorrow|@game}
{are you|r u|will you be} {streaming|gonna stream|live} {@when}
how long {are you streaming|is the stream|you streaming|will you stream} {today|tonight|for|}
when is the next {video|stream|collab|subathon|charity stream|irl stream|giveaway|upload}
will you {play|try|stream} {@game} {@when|}
is there a {vod|replay|schedule|highlight video} {of this|for today|}
{are you|r u} going to {twitchcon|the tournament|japan|the meetup|the event}
when does the {giveaway|tournament|event|raffle|sub goal} end
{do you|do u} stream every day
{what's|whats|what is} the schedule {this week|for tomorrow|}
how old {are you|r u|is your {@pet}}
where {are you|r u} from
what {country|city|state} {are you|r u} {from|in|living in}
how long have you been streaming {for|}
{do you|do u} have a {@pet|girlfriend|boyfriend|job|day job|youtube channel|discord|tiktok|second channel|twitter}
{what's|whats|what is} {your|ur} {fav|favorite|favourite} {@fav}
{what's|whats} {your|ur} {@pet}'s name
{what is|whats} the {@pet}'s name
how tall {are you|r u}
what time is it {there|for you|where you are}
{do you|do u|can you} speak {@lang}
what did you {eat|have} for {dinner|lunch|breakfast}
what are you {drinking|eating|having}
why did you {stop streaming|change your name|quit {@game}|dye your hair|move|switch games}
how did you {start streaming|get into streaming|meet your girlfriend|learn english|get so many followers}
{are you|r u} feeling better {today|now|}
{do you|do u} {go to|have} {school|college|uni|work} {tomorrow|}
{what's|whats} {your|ur} {job|day job|zodiac sign|mbti|real name|birthday}
{do you|do u} ever {sleep|take breaks|play with viewers|read chat|get tilted|play horror games}
did you see {my|the} {donation|message|dm|clip|tweet|sub}
can you {say hi to|read} my {message|donation|friend}
{what's|whats|what is} {the song|this song|the song called|the music|the name of the song|the song name}
what song is {this|playing|that}
song name
who sings this {song|}
{what's|whats} the {background|bgm|intro|outro|lobby} music
can you turn {up|down} the {music|game volume|game|mic|game sound}
can you {play|put on} {some music|phonk|lofi|the song again}
{is there|do you have} a {playlist|spotify playlist} {for this|}
can you {show|check|explain|try} {the map|your inventory|the settings|the build|the skill tree|that again}
could you {turn on|turn off|increase|lower} {the music|your mic|subtitles|the brightness|the game sound}
will you {do a|host a|play a} {giveaway|1v1|q&a|face reveal|collab|viewer game}
{can|do} you {read|see} chat
is the discord {open|down|still up}
is there a {discord|code|sub goal|emote for that|creator code}
{is|does} the {stream|game|mic|audio} {lagging|cutting out} for {anyone|you|everyone}
how do i {join the discord|get the emotes|become a mod|redeem points|get a shoutout|turn on notifications|sub with prime|gift subs|get vip|link my account}
how do you {edit your videos|get so many viewers|stay motivated|not get tilted|have so much energy|deal with hate|aim so well}
{any|got any} tips for {a new streamer|@game|beginners|aim|getting better|ranked}
how can i {get better at {@game}|improve my aim|start streaming|support you}
what {mouse|game|keyboard|headset} should i {buy|get}
{should i|is it worth to} {buy|get} {@game|this game}
{why|why did} you {pick|choose|go} that {@charthing|route|weapon}
why {are you|r u} {not using|using} the {@charthing}
{is it|isn't it} better to {go left|use the bow|play safe|farm first}
{when|what time} {did|does} the stream {start|end}
{how many|how much} {subs|followers|viewers} do you have
{who|which} {streamer|youtuber|player} {do you watch|inspired you|is your favorite}
who is {your|ur} {duo|friend|editor|mod|teammate|partner} {in this game|today|}
who {are you|r u} playing with {today|}
{wondering|i was wondering|curious} what {@gear} you use
{i wanna|i want to|i'd like to} know {your|ur} {@setting|specs|settings}
tell {me|us} {your|ur} {@setting|specs|settings} {pls|please|}
{@setting|specs|settings|song|game} {name|} {pls|please|plz}
any {plans|ideas} for {the weekend|tomorrow|next stream|the next game}
{do you|do u} think {you'll|you will|u will} {win|beat it|make it|rank up} {today|this time|}
{is|was} that {your|ur} first {win|clear|kill|time}
{did you|did u} {sleep|eat|stream} {today|yesterday|last night}
{have you|did you} {watched|seen} {the new movie|the trailer|the finals|the tournament}
{can|could} you {explain|tell us} {how that works|the rules|what happened|why you died}
{what|whats} the {goal|plan|objective|strategy} {here|now|for today|}
{what|where} {are you going|is the next area|do you go now}
{how|where} {can|do} i {watch|find} {the vod|your videos|old streams}
{what|which} {language|languages} do you speak
when {did you|will you} {start|get} {this game|that|your channel}
is {your|ur} {pc|setup|room} {new|custom built}
how {do|did} you {learn|practice} {that|this|so fast}
{you|u} playing {@game} {@when|}
{u|you} streaming {@when}
{anyone know|does anyone know} what {game|song|mouse} this is
chat {what|who} {did i miss|is winning|is he fighting|is that}
did i miss {anything|the giveaway|the boss}
*2 {which one is better|ranked or casual|pc or console|dogs or cats|coffee or tea}
*3 is it true you {quit {@game}|moved to {@country}|have a twin}
*3 how do you pronounce {your name|your username}
*3 what does {your name|your username} mean
*3 what happened to {your|ur} {@pet|old channel|setup|voice}
*3 where is {your|ur} {@pet|duo|editor} today
*2 does {your|ur} {@pet} like {the stream|games|you}
*2 which {@fav} is {your|ur} {favorite|fav}
*2 {got|do you have} a {favorite|fav} {@fav}

== general x10
that was {insane|crazy|so clean|sick|nuts|disgusting|cold|filthy}
{nice|good|great|sick} {shot|play|save|dodge|parry|clutch|jump|one}
{gg|ggs|gg wp|ggwp|gg ez}
{he's|hes|bro is|this guy is} {cracked|insane|so bad|throwing|lagging|cheating|washed|him|goated}
this boss is {so hard|impossible|easy|broken|annoying}
{you should|u should|just} {go left|go right|use the bow|heal|reload|run|hide|wait|jump|parry|use your ult|use ult|pop heal|go mid|rotate|take the shortcut|buy armor}
{behind you|he's behind you|look behind|left left left|up top|check the chest|open the chest|grab the loot}
{you|u} missed the {item|chest|key|loot|secret|shortcut}
i love this {game|stream|song|map|music|streamer|community}
this {map|patch|update|game|boss|weapon|mode} is {so bad|trash|amazing|fun|broken|mid|goated}
{easy win|unlucky|so close|so unlucky|almost|rip|F|ff|lets gooo|clutch}
{your|ur} mic is {muted|off|too loud|too quiet|peaking|crackling}
{can't|cant|i can't} hear {you|the game|the music|anything}
{stream|the stream|it} is {lagging|buffering|stuttering|freezing} {for me|again|a lot|}
{i|i just} {got here|joined|woke up|got home|finished work|got off work}
first time {watching|here|catching the stream live}
been watching for {2|3|5|a few} years
love the {stream|vibes|energy|setup|content|new overlay|lighting}
this song {slaps|is fire|is a banger|goes hard}
the vibes are {immaculate|great|off the charts}
{i'm|im} so {tired|hungry|bored|sleepy|hyped|sad|happy} {rn|today|lol|}
{eating|having} {pizza|dinner|lunch|ramen|breakfast|tacos} {rn|right now|while watching}
my {@pet} is watching {too|with me}
{lurking|lurk mode|just lurking|brb|afk|gotta go|gtg|back from dinner}
i have {an exam|school|work|a test} tomorrow
it's {3am|2am|midnight|5am|7am} here
i play this game too
{i'm|im} from {@country}
{i think|i feel like|imo} {he should go mid|you should rush|this is the best run|the boss is weak to fire|this game is underrated|the ending was bad}
this patch ruined the game
{mods are sleeping|mods asleep|chat is wild today|chat is so slow|chat is dead}
{bro is cooking|he's cooking|let him cook|we're so back|it's so over|we are cooked}
{that's crazy|no shot|true|facts|real|based|L take|W take|W streamer|ratio|copium|skill issue|he's him|fr fr|no cap|big if true|low key fire|mid|cringe|peak|cinema|aura}
{@chatter} {true|facts|same|lol yeah|no he didnt|it's on steam|it's free|he said it earlier|it's elden ring|it's a logitech|he's from {@country}|he streams at 5}
@{@chatter} {true|facts|same|lol yeah|no he didnt|it's on steam|it's free|he said it earlier|check the panels|it's in the description|he's 25|ty|np}
{i know|i knew} what {you did|he was doing|was gonna happen}
{that's|thats} how you do it
this is why i watch {this stream|you|}
when he hits that shot
what a {play|shot|game|legend|save|clutch|comeback|throw|stream|guy}
who's gonna tell him
how it feels to {win|lose|be chat}
{i wish|wish} i could play like that
{i'm|im} gonna {sleep|go eat|watch the vod|buy this game|try that build}
{thanks|thank you|ty} for the {stream|tips|advice|shoutout|giveaway|sub}
{happy birthday|hbd} {@streamer|bro|man|}
{congrats|congratulations} on {the win|partner|100k|the new setup|the rank up}
{he|she|they} {did not|didnt} just do that
{i'm|im} {dead|crying|screaming|weak} {lmao|lol|😭|}
no way he {hit that|missed that|survived|got it|did that}
{the|that} {audio|game audio|cam|camera} is {out of sync|delayed|frozen|black|so good}
{the chat|chat} {is|moves} so fast
{nah|naw|nope} {i'm good|thats wrong|he's wrong|not again}
{yeah|yes|yep|ya} {exactly|true|i agree|same|he's right}
{same|me too|me neither|literally me}
{subbed|just subbed|resubbed} {for 6 months|for a year|}
{can't wait|cant wait} for {the next stream|the video|the update|the dlc|tomorrow}
{lol|lmao|lmfao|haha|hahaha|lmaooo}
{ok|okay|alright|k} {chat|then|lol|}
{this game|the game} {looks|sounds} {amazing|so good|so fun|hard|scary}
{the new|your new} {overlay|cam|setup|mic|haircut} looks {great|clean|sick}
{i|we} {need|want} {more|another} {@game|horror|speedrun|irl} {streams|content}
*2 streamer is {tilted|locked in|sleepy|cooking|on fire} today
*2 {don't|dont} {do it|jump|go there|open that|trust him}
*2 {just|we} {spent|lost} {all my points|my bet|500k points} on that
*2 {best|worst} {stream|run|game|play|boss fight} ever
*2 {im|i'm} here for the {vibes|music|chat|giveaway}

== general x6
{wtf|wtf?|wtf??|WTF|wtf???}
{what?|what??|what|WHAT|what???|wut?|wat?}
{bro what|bro what?|bro wtf|brother what|bro what??}
{huh?|huh|huh??|HUH?}
{lol?|lmao?|???|??|?|????}
{what the hell|what the heck|what the f|wth|what the}{|?|??|!}
{what was that|what was that??|what was that lol|WHAT WAS THAT|what was that 😭}
{how|how?|how??|HOW|how???|how tho|but how}
{why|why?|why??|why tho|but why|WHY|why would you}
why would {you|u|he} {do that|jump|go there|open that|trust him|say that}{|?|??}
who asked{|?|??}
{who cares|who cares?|nobody asked|did i ask}
{are you|r u|is he|is she} {serious|kidding me|joking|fr|trolling}{|?|??|!}
{you|u} serious{?|??}
{is this|is this real|is this real life}{?|??}
{really|seriously|for real|fr|no way|for real tho|deadass}{?|??|???}
how did {he|she|they|you|u} {miss that|not see that|survive that|die there|lose that}{|?|??}
how {is that|was that} not a {foul|kill|headshot|penalty|hit}{|?|??}
how is {he|she|this guy|bro} still alive{|?|??}
why is {he|she|this guy|bro|this game|chat} like this{|?|??}
why {is this game|is this boss|is this level} so {hard|long|annoying|broken}{|?|??}
{what is bro doing|what is he doing|what are you doing bro|bro what are you doing|what are u doing 💀}{|?|??}
{did|did he|did she|did you} {just|really} {do that|miss that|die|jump|fall}{|?|??}
did that just happen{|?|??}
{did you see that|did u see that|yall saw that|you saw that}{|?|??}
{who let him cook|who let bro cook|who taught you to drive|who taught him that}{|?}
{is bro ok|is he ok|bro ok|you good bro}{?|??} {💀|😭|LUL|}
how do you {miss that|even lose that|not see him|fall there}{|?|??}
how {is that even possible|did that hit|did that not hit|is that allowed}{|?|??}
{what even is this|wait what|wait what?|excuse me?|pardon?|say what|u what|ayo?|ayo what|nani?|bruh?|bruh}
{can you not|could you be any worse|are you blind|are you blind??|do you even aim|did you forget how to play}{|?}
{is this guy for real|are we fr|are we deadass|is he trolling|is he throwing}{|?|??}
{isn't that crazy|ain't no way|no way?|fr?|right?|am i right|isn't he adorable|how cute is that}
{what|why|who|when|how} {?|??|!?|}
{how lucky was that|how bad can you be|how does he keep getting away with this}
{who does that|who plays like that|who builds like that}{|?|??}
{what is this camera angle|what is this music|what is this lag} {lmao|lol|💀|}
{ok and?|and?|so?|so what?|and what?}
{you call that a {jump|shot|play}}{?|??}
{am i the only one who {saw that|heard that|noticed that}}{?|}
{are you kidding|you kidding me|u kidding me}{?|??}
{did he really just {say that|do that}}{?|??}
{who is this guy|who is bro} {lmao|lol|💀|😭}
{why are you like this|why are we still here|why am i still watching}{|?|??}
{how is this game so {good|bad|hard}}{|?|??}

== greeting x6
{hi|hello|hey|yo|sup|heya|hiya|howdy|hii|heyy} {@streamer|chat|everyone|guys|all|}
{hello|hi|hey} {there|everyone|everybody|chat|y'all|yall|folks|fam|friends}
{good morning|good evening|good afternoon|gm} {chat|everyone|@streamer|}
{hello|hi|hey|greetings} from {@country}
{good morning|gm} from {@country}
{how are you|how r u|how are u|how are you doing|how you doing|hru} {@streamer|today|chat|}
{hi|hey|hello} {@streamer} how are you {doing|today|}
{how is everyone|hows everyone|how is everybody} {doing|today|tonight|}
{hows it going|how is it going} {chat|everyone|@streamer|}
{whats up|what's up|wassup|sup} {chat|everyone|guys|@streamer|}
{bye|byee|cya|goodnight|gn|good night|later} {chat|everyone|@streamer|guys|}
{see ya|see you|see u} {tomorrow|next time|later|}
{have a good stream|have a great stream|have fun|good luck|gl hf}
{wb|welcome back|hi again|im back|i'm back} {@streamer|chat|}
{hi|hello} {@streamer} {hi|hello} chat
{yo yo|hey hey|hello hello|hi hi} {chat|@streamer|}

== link x5 raw
https://clips.twitch.tv/{Brave|Funny|Cute|Tiny|Silly}{Clip|Moment|Shot}{Kappa|Pog|LUL}-{a8Xk2|Q9zLm|p0Wd1|Ff7Tr}
{check this|look|lol|this is you|is this you|omg} https://clips.twitch.tv/{ElegantCrazyWombat|SpicyTinyOtter|FastGreenDuck}-{xk92|mQ1a}
https://youtu.be/{dQw4w9WgXcQ|9bZkp7q19f0|kJQP7kiw5Fk|3JZ_D3ELwOQ}{|?t=42|?si=abc}
{song|the song|this one} https://open.spotify.com/track/{4uLU6hMCjMI75M1A2tKUQC|7qiZfU4dY1lWllzX7mPBI3}
{join the|my} discord https://discord.gg/{mellchat|abc123|gamers|xyz}
https://www.youtube.com/watch?v={dQw4w9WgXcQ|9bZkp7q19f0}
{twitch.tv|kick.com}/{@streamer}
{go follow|follow|check out} {twitch.tv|kick.com|youtube.com}/{@chatter|@streamer}
{wiki|guide|map}: https://{eldenring.wiki.fextralife.com|www.ign.com|minecraft.wiki}/{Bosses|Maps|wiki/Nether}
{buy followers|free followers|cheap viewers|best viewers} {at|on} {streamboost.xyz|viewbot.shop|followz.store}
{is this legit|anyone tried this|lol} https://{bit.ly|tinyurl.com}/{3xYz9|freeskins}
www.{amazon.com|reddit.com|twitter.com}/{@chatter}
{here|heres the link|link} https://x.com/{@streamer}/status/1789{123|456|789}

== spam x3 raw
{I'm a 12 year old kid and I love this stream, can you say hi to me? PogChamp PogChamp PogChamp I watch you every day and you are the best streamer ever|Sorry for my bad english, I'm from {@country} and I love your streams so much, you are the best player in the world, please notice me senpai BibleThump BibleThump}
This is the part where chat spams {KEKW|LUL|Pog} because they have no original thoughts {KEKW|LUL|Pog} {KEKW|LUL|Pog} {KEKW|LUL|Pog}
What the heck did you just say about me, you little noob? I'll have you know I graduated top of my class in {@game} and I've been involved in numerous secret raids, I have over 300 confirmed kills
{MODS|mods} {HE|he} {SAID|said} THE WORD {MODS|mods} BAN HIM {MODS|mods} {HE|he} {SAID|said} THE WORD BAN HIM NOW PLEASE MODS MODS MODS
{FREE|free} {SUBS|skins|vbucks|robux} {GIVEAWAY|giveaway} {DM|dm} ME {NOW|now} {FREE|free} {SUBS|skins|vbucks|robux} {DM|dm} ME ME ME ME ME ME ME ME ME ME
{*4-6 {ONE TEAM ONE DREAM|CHAT IS THIS REAL|WE ARE THE CHAT}}
I am once again asking chat to type 1 if you love {@streamer} and 2 if you also love {@streamer} 🔥🔥🔥🔥🔥🔥
If you are reading this you are legally obligated to type {W|F|1|GG} in chat or you will have bad luck for 7 years {@emote} {@emote} {@emote} {@emote} {@emote}
{AYAYA AYAYA AYAYA AYAYA AYAYA AYAYA AYAYA AYAYA AYAYA|Clap Clap Clap Clap Clap Clap Clap Clap Clap Clap}
┻━┻ ︵ヽ(`Д´)ﾉ︵ ┻━┻ ┻━┻ ︵ヽ(`Д´)ﾉ︵ ┻━┻ ┻━┻ ︵ヽ(`Д´)ﾉ︵ ┻━┻ ┻━┻ ︵ヽ(`Д´)ﾉ︵ ┻━┻ FLIP THE TABLE

# statements that look like questions (second person, auxiliaries first, question words inside)
== general x8
{you're|youre|ur|you are} {so good|cracked|insane|goated|the best|too good|so funny|so bad at this|washed|him|built different} {at this game|today|fr|}
{your|ur} {aim|movement|setup|voice|cat|dog|room|hair|build|base|timing|game sense} is {insane|so clean|crazy|cute|so good|trash|elite|different}
you {deserve|need|should get} {more viewers|a break|a raise|some sleep|partner|a better mouse}
you {look|sound} {tired|happy|sick|different today|great}
you should {try|play|check out|stream} {{@game}|the new update|horror games|that build|the dlc}
you {can do it|got this|will win|are doing great|did great}
{can't|cant} {believe|wait for|stop watching|stand this boss|hear the game sound}
{don't|dont} {forget|forget to hydrate|give up|worry about it|listen to chat|let him win}
{should've|shouldve|should have} {gone left|used the ult|healed|waited|taken the shortcut}
{could've|could have} been worse
{would be|would've been} {funny if he died|so funny|crazy} {lol|}
{did it|we did it|did it first try|did that on purpose}
{is what it is|was fun|was close|will do}
{did|does} {not|nothing} matter
{do|does} {nothing|not work}
i {wonder|bet} {he wins|she dies|this works|we lose} {lol|}
{idk|dunno|no idea} {what|how|why|who} {he's doing|that happened|this works|that is}
{i don't know|idk} {what game this is|where we are|how he did that} {lol|tbh|}
{no one|nobody} knows {what he's doing|how this works|why}
{that's|thats} {what|why|when|how|where} {i said|he died|it happened|we go}
{what|how} {he did there was|this boss is|that was} {crazy|insane|so dumb|unfair}
when the {boss|chat|streamer} {hits|misses|dies} {lol|😭|}
{where|when} {it|this} {all|} {went wrong|started|happened} {lol|}
{ask|asking|ask chat} {him|the streamer|mods} {later|not me}
{they|he|she} asked {what game this is|about the mouse|that yesterday}
{no|nobody} {asked|cares} {lmao|lol|}
{ok|okay} {this|that} {is|was} {interesting|weird|sick}
{it's|its} {his|her|your} {first|second|third} {time|run|try} {lol|}
{maybe|probably} {he's lagging|it's bugged|next time|tomorrow}
{let's|lets} {go|gooo|see|do it|try again}
{we|you|he} {are|is|r} {so back|cooked|washed|winning|losing} {lol|}

# more questions in other shapes
== question x8
{you|u} {know|remember} {what|which|where|when|how} {{@game}|the boss|that song|this map} {is|was|ended}
{do you|do u} {know|remember} {what|which|where|how} {the code is|that boss is called|we got this|you did that}
{any idea|anyone know|you know} {when|where|what|how} {the next stream is|to get that sword|the song is called|he did that}
{mind|would you mind} {showing|sharing|telling us} {your|ur} {settings|specs|crosshair|playlist}
{is it|it's} {possible|hard} to {beat this|get that skin|play this solo|run this on a laptop}
{are|r} {the|those} {emotes|skins|settings|keybinds} {new|custom|default}
{so|ok so} {what|which|how} {game|mouse|rank|build} {is this|do you use|are you|is that}
{what|which} {one|option|choice|path} {did you|will you|would you} {pick|choose|take}
{how|why} {come|so} you {stopped|quit|switched|left} {{@game}|youtube|the team|valorant}
{and|but|so} {what|how|when|where} {about|is} {the dlc|the next stream|your cat|the giveaway}
{what's|whats} {the|your} {plan|strat|goal|setup} for {today|this run|the boss|tonight}
{wanna|want to|gonna} {play|try|stream|do} {{@game}|a viewer game|a 1v1} {later|tonight|tomorrow|}
{have you|did you} {got|gotten|finished|tried} {the platinum|all achievements|the true ending|hardcore mode}
{when|where} {did|do} you {get|buy|find} {that|your|ur} {@thing}
{is|was} {that|this} {your|ur} {main|alt|smurf|second} {account|channel}
{which|what} {game|boss|map|level} {was|is} {the hardest|your favorite|the worst} {so far|for you|}

# short reactions that look like questions (each its own line so most of them are trained on)
== general x3
wtf?
bro what?
???
lol?
what?
huh?
are you serious?
seriously?
really?
why?
how?
who asked?
what was that?
excuse me?
are you kidding me?
you serious?
bruh?
what the hell?
wait what?
no way?
for real?
who?
what?!
um what?
bro??
dude what?
and?
why tho?
how tho?
lmao what?

# the most common chat questions again, in other words (so no single template carries them)
== question x8
{yo|hey|so|ok} {what|which} game {is this|r we playing|are we watching}
{what's|whats} {this|the} game {lol|bro|}
{where|what country} {you|u} from {bro|man|}
{how old|what age} {you|u} {turning|are now|be}
{u|you} {using|got} {a|the} {@brand} {@gear}
{what|which} {song|track|music} {is|was} {this|that|playing} {rn|right now|}
{when|what time} {u|you} {live|on|going live} {tomorrow|next|again}
{what|which} {rank|elo} {u|you} {at|in} {rn|now|}
{what|which} {sens|dpi} {u|you} {on|using|got}
{u|you} speak {@lang}
{how long|since when} {u|you} {been streaming|stream|been doing this}
{what|which} {keyboard|mouse|headset|mic} {u|you} {got|rocking|have there}

# two-word questions: a question word and what it asks about
== question x6
{what|which|wat|whats the} {game|mouse|keyboard|headset|mic|monitor|chair|song|rank|sens}
{what|which|wat|whats the} {dpi|server|build|class|map|weapon|mode|seed|version|elo}
{what|which|wat|whats the} {crosshair|setup|specs|gpu|cpu|controller|browser|brand}
{game|song|mouse|keyboard|sens|map|boss|server|monitor} {name|called|model}
{how many|how much} {hours|deaths|viewers|subs|wins|kills|followers|money|gold|fps|ping}
{where|when|who} {from|tomorrow|next|next stream|duo|editor|tho}
