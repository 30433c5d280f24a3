# Slots and sections shared by every language (expanded once per language, with a different seed).
# Syntax: see ../README.md.

@streamer = mell | mellow | kaiyo | rina | dex | vova | lupe | tiago | jonas | sasha | nika | marcelo | lenny | zoe_plays | kiko | bruno | ash | mira
@chatter = bob | jenny | xXsniperXx | kevin_g | dasha | pablito | joaoo | lukas99 | tom | lea | mike_ | sofi | ramon | alex | tanya | ricky

@emote_global = Kappa | PogChamp | LUL | KEKW | OMEGALUL | Pog | PogU | POGGERS | monkaS | monkaW | Sadge | PepeHands | pepeLaugh | FeelsBadMan | FeelsGoodMan | 5Head | 4Head | Pepega | EZ | Clap | catJAM | pepeD | COPIUM | Aware | Clueless | ICANT | Kreygasm | BibleThump | ResidentSleeper | NotLikeThis | SeemsGood | VoHiYo | DansGame | WutFace | TriHard | CoolStoryBob | HeyGuys | PJSalt | BabyRage | FailFish | Jebaited | LULW | Okayge | Stare | modCheck | GIGACHAD | Chatting | peepoClap | ratJAM | xdd | KEKL | HUH | peepoHappy | widepeepoHappy | Bedge | Deadge
@emote_channel = mellHi | mellLove | mellRage | kaiyoPog | kaiyoGG | rinaHeart | rinaCry | dexW | dexL | vovaKek | lupeHype | tiagoSalve | jonasLaugh | sashaWave | nikaSad | zoeClap | kikoPls | brunoGG | ashFire | miraHug
@emote_kick = emojiAngry | emojiLol | emojiCry | emojiSmile | emojiCool | emojiHeart | emojiClown | emojiFire
@emote_text = :) | :D | <3 | xD | XD | :P | ;) | :( | D: | o7 | :O | ^^ | :/ | -_- | T_T | ¯\\_(ツ)_/¯
@emote_yt = :face-blue-smiling: | :hand-pink-waving: | :red-heart: | :face-purple-crying: | :text-green-game-over: | :yt: | :elbowcough: | :thumbs-up-yellow:
@emote = {@emote_global} | {@emote_global} | {@emote_global} | {@emote_channel} | {@emote_kick} | {@emote_text}
@emoji = 😂 | 🤣 | 😭 | 💀 | 🔥 | ❤️ | 👀 | 😳 | 🙏 | 👍 | 😎 | 🥲 | 😅 | 🤔 | 😡 | 🥶 | 🤡 | 💯 | 😍 | 👋 | 🎉 | 😴 | 🫡 | 🗿 | 😮 | 🤯 | 🇧🇷 | 🇩🇪 | 🇪🇸 | 🇲🇽 | 🇷🇺 | 👏 | 😤 | 🥹 | ✨ | 💜

@cmd_simple = uptime | discord | socials | song | followage | watchtime | commands | lurk | sens | settings | specs | pc | setup | rank | elo | subcount | title | game | playlist | merch | youtube | insta | tiktok | twitter | schedule | points | join | enter | rules | clip | prime | emotes | crosshair | keybinds | mouse | keyboard | headset | monitor | age | ping | lang | hydrate | socials | steam | spotify | dpi | fov | build | loadout | deaths | wins | record | time | weather | followers | donate | tip | sub | vod | highlight | unlurk | raid | pb | wr | seed | mods | res | config | cfg | np | currentsong | sr | wrongsong | skip | queue | q | leave | bonk | roll | flip | coinflip | dice | quote | addquote | random | timer | giveaway | ticket | heist | bankheist | top | leaderboard | stats | kd | winrate | 1v1 | 8ball | hug | love | so | shoutout | duel | gamble | slots | bet | predict | vote | poll

== command x4 raw
!{@cmd_simple}
!{@cmd_simple}
!{@cmd_simple}
!{@cmd_simple}
!{@cmd_simple} {@emote}
!{Uptime|Discord|Song|Lurk|Sens|Specs|Socials|Followage|Rank}
!{UPTIME|SONG|DISCORD|LURK}
!{so|shoutout|hug|bonk|duel|love|slap|highfive} @{@chatter}
!{so|shoutout} {@chatter}
!{gamble|slots|roulette} {100|500|1000|all|50%|10k|69|420}
!{bet|predict} {100|500|1000|5k} {yes|no|1|2|blue|red}
!{vote|v} {1|2|3|a|b|yes|no}
!sr {never gonna give you up|darude sandstorm|https://youtu.be/dQw4w9WgXcQ|lofi hip hop|bohemian rhapsody|kukla kolduna|despacito|nossa nossa}
!{addquote|quote} {12|"i never miss"|47|last}
!{points|watchtime|followage} @{@chatter}
!{join|enter|ticket|heist} {|{@emote}}
!{timer|giveaway|poll} {start|end|5m|10m}
!{uptime|song|sens}{?|}
!{dice|roll} {d20|20|100|1d6}
!{8ball|8ball} {will we win|are we cooked|is this the run|¿ganamos hoy|vamos ganhar|gewinnen wir|мы выиграем}{?|}

== emote_only x6 raw
{@emote}
{@emote}
{@emote}
{@emote} {@emote}
{@emote} {@emote}
{@emote} {@emote} {@emote}
{*2-4 {@emote_global}}
{*2-5 {@emote_channel}}
{*2-3 {@emote_kick}}
{@emote_channel} {@emote_channel} {@emote_global}
{@emoji}
{@emoji}{@emoji}
{@emoji}{@emoji}{@emoji}
{+2-6 {@emoji}}
{@emote} {@emoji}
{@emoji} {@emote}
{@emote_text}
{*2-3 {@emote_text}}
{@emote_yt}
{@emote_yt}{@emote_yt}
{*2-4 {@emote_yt}}
@{@chatter} {@emote}
@{@streamer} {@emote_channel}
{@emote} {@emote} {@emoji}{@emoji}

== spam x4 raw
{*9-16 {@emote_global}}
{*9-14 {@emote_channel}}
{*8-12 {@emoji}}
{+20-40 {A|O|E|W|H|a|o|e|w}}
{+20-35 {!|?|.}}
{+22-40 {@emoji}}
{+13-20 {LUL|KEK|POG|HAHA|XD|GG|LOL}}
{*8-14 {W|L|GG|LOL|LMAO|F|RIP|+1|1|0|NO|YES|XD|LETS GO}}
{+25-40 {ha|he|ah|ja|xa|ха|ах|kk|rs}}
{*8-12 {@emote} {@emote}}
⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿ ⣿⣿⣿⣿⡿⠿⠛⠛⠛⠛⠿⢿⣿⣿⣿⣿⣿ ⣿⣿⣿⠋⠀⠀⠀⠀⠀⠀⠀⠀⠙⣿⣿⣿⣿ ⣿⣿⡇⠀⢀⣀⡀⠀⠀⢀⣀⡀⠀⢸⣿⣿⣿
⠀⠀⠀⠀⠀⣠⣤⣤⣤⣤⣤⣄⡀⠀⠀⠀⠀ ⠀⠀⠀⢀⣾⣿⣿⣿⣿⣿⣿⣿⣿⣷⡀⠀⠀ ⠀⠀⠀⣾⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣷⠀⠀ ⠀⠀⠀⢿⣿⡿⠋⠉⠉⠉⠙⢿⣿⣿⡿⠀⠀
⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀ {@emote} ⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀
▓▓▓▓▓▓▓▓▓▓▓▓ {@emote} ▓▓▓▓▓▓▓▓▓▓▓▓
░░░░░░░░░▄▄▄▄▄░░░░░░ ░░░░░░▄▀▀░░░░▀▄░░░░ ░░░░▄▀░░░░░░░░░▀▄░░
█▀▀ █▀█ █▀▀ █▀▀ █▀█ █░█ █▀▄▀█
{@emote} {+30-45 {@emoji}}
