# Portuguese chat (sobretudo Brasil, algum Portugal; muita gíria e abreviação: vc, pq, oq, tb, kkk).
@game = minecraft | mine | elden ring | valorant | valo | lol | league | gta | gta 5 | gta rp | fortnite | cs2 | cs | apex | wow | hollow knight | dark souls | tarkov | rust | overwatch | dota | among us | hades | stardew | zelda | mario kart | cyberpunk | fallout | skyrim | sekiro | the witcher | phasmo | rocket league | fifa | ea fc | xadrez | free fire | ff | clash royale | brawl stars | silksong | balatro | rdr2 | warzone | genshin | tibia | pw
@gear = mouse | teclado | headset | fone | fone de ouvido | microfone | mic | cadeira | monitor | webcam | câmera | camera | mousepad | controle | placa de vídeo | placa de video | pv | processador | mesa | pc | setup | stream deck | placa de captura
@brand = logitech | razer | steelseries | hyperx | corsair | glorious | zowie | wooting | shure | rode | elgato | secretlab | sony | asus | msi | redragon | fallen | pichau | husky | dazz | thunderx3
@setting = sensi | sensibilidade | dpi | fov | mira | crosshair | resolução | resolucao | config | configuração | configuracao | binds | teclas | gráficos | graficos | fps | ping | hz
@fav = jogo | comida | filme | anime | música | musica | banda | cor | bebida | arma | personagem | boss | mapa | streamer | youtuber | livro | série | serie | time
@pet = cachorro | dog | gato | gatinho | papagaio | hamster | coelho
@place = brasil | portugal | são paulo | sp | rio | rj | minas | bh | bahia | recife | curitiba | porto alegre | fortaleza | manaus | lisboa | porto | nordeste | angola | goiânia | floripa
@when = amanhã | amanha | hoje | hoje à noite | de noite | no fds | no fim de semana | sexta | depois | mais tarde | na próxima live | de novo
@q_prefix = @{@streamer} | @{@streamer} | mano | ei | bro | chat | {@streamer} | ô {@streamer} | pergunta | uma pergunta | pergunta: | desculpa se já respondeu mas | oi | salve | eae | vei | véi | galera | mds | opa | kkk
@q_suffix = {@emote} | {@emote} | {@emoji} | pfv | por favor | pls | plmds | só curiosidade | sou novo aqui | vlw | obg | kkk | {@emote_channel} | :) | 🤔 | ajuda ai
@g_suffix = {@emote} | {@emoji} | kkk | kkkk | kkkkkk | rs | {@emote_channel} | 😂 | 💀 | KEKW | LUL | mano | slk | pqp | mds
@greet_suffix = {@emote} | {@emoji} | {@emote_channel} | 👋 | HeyGuys | <3 | :) | 🇧🇷

== question x10
{qual|que} {@gear} {vc usa|você usa|tu usa|é esse|é essa|vc tem|você tem|ce usa|cê usa|recomenda}
qual {é|e|} {o|a|} {seu|sua|teu|tua} {@gear}
{qual|que} {marca|modelo} {é|e} {esse|essa|seu|sua|o} {@gear}
quanto {custou|foi|pagou} {o|a|seu|sua|esse|essa} {@gear}
{esse|essa|o|a} {@gear} {é|e} {da|do|} {@brand}
{seu|sua|esse|essa} {@gear} {é|e} {sem fio|mecânico|mecanico|bom|novo|caro}
{onde|aonde} {vc|você|tu} {comprou|pegou|achou} {esse|essa|seu|sua} {moletom|camisa|boné|bone|luminária|pelúcia|poster|caneca|cadeira|@gear}
{qual|qual é|qual e} {sua|tua|a} {@setting}
{qual|que} {@setting} {vc usa|você usa|cê usa|joga}
quais {são|sao} {suas|as} {specs|configs|configurações|peças|teclas} {do pc|}
{pode|consegue} {mostrar|passar} {sua|a} {@setting|config|mira}
{vc|você|tu|cê} joga {no controle|de controle|no teclado|no pc|no console|no ps5|no play|no xbox|no notebook}
quantos {hz|hertz} {tem|é} {seu|o} monitor
{qual|que} {programa|app|software} {vc usa|você usa} {pra live|pra editar|pro overlay|pros alertas}
como {vc|você} {deixa|faz} {o mic|a voz|o áudio|a câmera} {tão|com esse som|}{ bom| limpo| nítido|}
{vc|você} {montou|que montou} {o pc|seu pc}
{qual|que} {placa de vídeo|placa|processador|pv|ram} {vc tem|você tem|tá usando}
{que|qual} jogo {é esse|é|e esse|ta jogando|tá jogando|vc tá jogando}
{oq|o que|que} {vc|você|tu} {tá jogando|ta jogando|joga agora}
qual {o|é o} nome {do jogo|desse jogo}
nome do jogo
{isso|esse jogo|esse} {é|e} {@game}
{o jogo|esse jogo} {é|e} {de graça|pago|na steam|de console|multiplayer|coop|novo|difícil|dificil|bom}
quantas horas {vc tem|você tem|vc jogou|tu tem} {nesse jogo|de {@game}|}
{qual|que} {rank|elo|nível|nivel|patente|lvl} {vc é|você é|cê é|vc tem} {no {@game}|agora|}
qual {é|} {seu|teu} {rank|elo|main|pico|kd}
{qual|que} {classe|personagem|build|arma|deck|mapa|modo|dificuldade|servidor|versão|mod|skin|magia} {é essa|é esse|vc usa|você usa|tu joga|é}
{de quem|com quem} {vc joga|você mainou|vc maina}
como {vc|você|tu} {fez isso|passou desse boss|matou o boss|aprendeu isso|achou isso|pegou essa skin|desbloqueou isso}
como {faz isso|passa desse boss|desbloqueia isso|dá parry|chega lá|ganha dinheiro rápido|se cura}
{é|e} {sua|a} primeira {vez jogando|gameplay|run|zerada}
{onde|como} {acho|pego|consigo|se pega} {a espada|a armadura|a chave|o mapa|o anel|essa skin}
{é|e} {ranqueada|rankeada|normal|server privado|com mod|hardcore|a dlc|o remake}
{qual|em qual} {server|servidor} {vc joga|você tá|é esse}
{posso|dá pra|da pra|a gente pode} {jogar com vc|entrar no server|jogar junto|entrar na sala}
{os viewers|inscritos|subs} podem {jogar|entrar}
quantas {mortes|vitórias|kills|partidas} {já|hoje|até agora}
{vc|você} vai {zerar|terminar|passar} {o jogo|o boss|isso} {hoje|na live|}
{vc|você} já {zerou|passou|matou} {o jogo|o boss|@game|o boss final}
{vc|você|tu} já {jogou|testou|experimentou} {@game}
{vc|você|tu} gosta de {@game}
{vc|você} jogaria {@game}
{vc|você} já {viu|jogou|testou} {a nova atualização|a nova temporada|a dlc|o patch novo|o remake}
{oq|o que} {vc|você} {acha|achou} {do patch novo|da atualização|de {@game}|da nova temporada|desse mapa|desse boss|do final}
{oq|o que} vc vai jogar {@when|depois|}
que horas {é a live|vc abre live|começa a live|vai ter live} {amanhã|amanha|sexta|}
quando {é|sai} {a próxima live|o próximo vídeo|o collab|o sorteio}
{vc|você} vai {fazer live|jogar|streamar} {@game|} {@when}
{vai ter|tem} live {amanhã|amanha|hoje|no fds}
{até|ate} que horas {vai a live|vc fica|a live vai}
{tem|vai ter} {vod|gravação|cronograma|corte} {da live|disso|}
{vc|você} vai {na twitchcon|no campeonato|na bgs|no evento|no encontro}
quando {acaba|termina} {o sorteio|o campeonato|o evento}
{vc|você} faz live todo dia
{qual|cadê} {o|} {cronograma|horário} {da semana|das lives|}
quantos anos {vc tem|você tem|tu tem|cê tem}
{de onde|da onde|donde} {vc é|você é|tu é|cê é}
{em que|qual} {cidade|estado|país} {vc mora|você mora|vc é}
{há quanto tempo|faz quanto tempo|desde quando} {vc faz live|você streama|vc tá na twitch}
{vc|você} tem {cachorro|gato|namorada|namorado|emprego|canal no youtube|discord|tiktok|insta}
qual {seu|sua|teu|tua} {@fav} {favorito|favorita|preferido|preferida}
qual {o|é o} nome do {seu|teu} {@pet}
{qual|quanto} {sua altura|vc mede|você mede}
que horas {são aí|sao ai|são ai|é ai}
{vc|você} fala {inglês|ingles|espanhol|alemão|russo}
{oq|o que} {vc|você} {comeu|jantou|almoçou|tá comendo|ta bebendo|bebe}
{pq|por que|porque} {vc|você} {parou de fazer live|mudou o nome|largou {@game}|pintou o cabelo|se mudou}
como {vc|você} {começou a fazer live|conheceu sua namorada|aprendeu inglês|conseguiu tantos seguidores}
{vc|você} {já melhorou|tá melhor|ta melhor|tá doente|ta doente}
{vc|você} {estuda|trabalha|faz facul|vai pra escola}
{vc|você} trabalha com {oq|o que}
{vc|você} {dorme|descansa|joga com inscritos|lê o chat|fica bravo} {às vezes|}
{vc|você} viu {meu|minha} {donate|doação|mensagem|clipe|tweet|sub}
{pode|consegue} {mandar um salve pro|ler} {meu amigo|minha mensagem|meu donate}
{qual|que} {música|musica|som} {é essa|é esse|tá tocando|ta tocando}
qual {o|é o} nome da {música|musica}
{nome da música|nome da musica|quem canta essa|quem canta isso|de quem é essa música}
{pode|consegue} {aumentar|abaixar} {a música|o jogo|o volume|o mic}
{pode|bota} {uma música|um funk|lofi|a música de novo}
{tem|vc tem} {playlist|playlist no spotify} {dessa|disso|}
{pode|consegue} {mostrar|explicar} {o mapa|o inventário|a config|a build|a árvore|isso de novo}
{pode|consegue} {ligar|desligar|aumentar|abaixar} {a música|o mic|a legenda|o brilho|o som}
{vc|você} vai fazer {sorteio|x1|perguntas e respostas|face reveal|collab}
{vc|você} {lê|le|vê|ve} o chat
{o discord|o dc|o grupo} {tá aberto|ta aberto|funciona|ainda existe}
tem {discord|cupom|código|codigo|meta de sub|emote disso}
{tá|ta} travando {pra alguém|pra mais alguém|pra vcs|a live}
como {entra no discord|pega os emotes|vira mod|resgata pontos|pega vip|se inscreve com prime}
como {vc|você} {edita os vídeos|tem tanto viewer|se motiva|não fica puto|tem tanta energia|lida com hate|mira tão bem}
{tem|dá|da} {alguma|uma} dica {pra streamer novo|de {@game}|pra iniciante|de mira|pra rankeada}
como {eu|} {posso|faço pra} {melhorar no {@game}|melhorar a mira|começar a fazer live|te apoiar}
{qual|que} {mouse|jogo|teclado|headset} {eu compro|vc recomenda}
{vale a pena|compensa} comprar {@game|esse jogo}
{pq|por que|porque} {vc|você} {escolheu|pegou|usa} {essa classe|essa arma|esse caminho|esse personagem}
{pq|por que} {vc|você} não {usa|solta} {a ult|a cura|a skill}
não {é|seria} melhor {ir pela esquerda|usar o arco|jogar safe|farmar antes}
que horas {começou|acaba} a live
quantos {subs|seguidores|inscritos|viewers} {vc tem|você tem}
{quais|que} {streamers|youtubers} {vc assiste|você assiste|te inspiraram}
quem {é seu|é o seu|é teu} {duo|amigo|editor|parceiro|mod} {hoje|nesse jogo|}
com quem {vc tá jogando|você joga|vc joga} hoje
{queria saber|to curioso|tô curioso|fiquei curioso} {qual|que} {@gear} {vc usa|você usa}
{quero saber|queria saber} {sua|a} {@setting|config|specs}
{passa|manda|fala} {sua|a} {@setting|config|specs|música} {pfv|por favor|pls|}
{@setting|config|specs|música|jogo} {pfv|por favor|pls|plmds}
{quais|que} {os|} planos pro {fds|fim de semana|amanhã|próxima live|próximo jogo}
{vc|você} acha que {ganha|passa|sobe de elo} {hoje|dessa vez|}
{é|e} sua primeira {vitória|kill|vez}
{vc|você} {dormiu|comeu|fez live} {hoje|ontem|de noite}
{vc|você} {viu|assistiu} {o filme novo|o trailer|a final|o campeonato}
{pode|consegue} explicar {como funciona|as regras|oq aconteceu|pq vc morreu}
qual {é|e} {o objetivo|o plano|a estratégia} {agora|hoje|}
{pra onde|onde} {vc vai|tem que ir|é a próxima área}
onde {vejo|eu vejo|dá pra ver} {o vod|seus vídeos|lives antigas}
{e vc|e você|vc} {já jogou|vai jogar} {@game} {@when|}
chat {oq|o que|quem} {eu perdi|tá ganhando|é esse}
{perdi|eu perdi} alguma coisa
*3 {oq|o que|qual} {é melhor|vc prefere} {rankeada ou normal|pc ou console|cachorro ou gato|café ou chá}
*3 {é verdade|é vdd} que {vc|você} {largou {@game}|se mudou|tem um gêmeo}
*3 como {pronuncia|se fala} seu nome
*3 {oq|o que} significa seu {nome|nick}
*3 {oq|o que} aconteceu com {seu|o} {cachorro|gato|canal antigo|setup|voz}
*3 {cadê|cade|onde tá} {o|seu} {cachorro|gato|duo|editor} hoje
*2 {seu|o} {@pet} gosta {da live|de jogo}
*2 {vc|você} {é|e} {de|do|da} {@place}
*2 {vc|você} {joga|já jogou} {@game} {com os amigos|sozinho}
*2 {dá|da} pra doar {com pix|pelo pix|de {@place}}
*2 {qual|que} {hora|horas} {vc|você} {acorda|dorme}

== general x10
{que|q} {jogada|tiro|clutch|partida|monstro|mito|lenda|brabo|insano|absurdo}
{boa|bela|jogada} {jogada|mira|bala|esquiva|defesa|}
{gg|ggs|gg wp|ggwp|gg ez}
{ele|esse cara|o mano} {tá|ta|é} {roubando|de hack|lagado|tiltado|jogando muito|amassando|brabo|ruim|bot}
esse boss {é|tá} {muito difícil|impossível|fácil|chato|roubado}
{vai|corre|vai pra|se cura|recarrega|pula|espera|usa a ult|solta a ult|compra colete} {pra esquerda|pra direita|pra trás|rápido|}
{atrás de vc|atras de vc|atrás|tá atrás|em cima|abre o baú|pega o loot|pega isso}
{vc|você} {esqueceu|passou direto} {o baú|a chave|o loot|o segredo|o item|o atalho}
{amo|adoro|curto demais} {esse jogo|essa live|essa música|esse mapa|o chat|a vibe}
{esse mapa|esse patch|esse jogo|esse modo} {é um lixo|tá quebrado|é muito bom|é chato|é top}
{azar|quase|foi por pouco|rip|F|vamo|bora|vamooo|bora bora}
{seu|o} {mic|microfone|áudio} {tá mutado|ta mutado|não tá saindo|tá estranho|tá alto|tá baixo}
{não tô ouvindo|nao to ouvindo|sem áudio|sem som|não sai som}
a live {tá travando|ta travando|tá lagando|congelou|tá cortando} {muito|de novo|}
{acabei de chegar|cheguei|to chegando|acordei agora|saí do trampo|cheguei da escola|cheguei do trampo}
primeira vez {aqui|na live|assistindo ao vivo}
te assisto {faz|há} {2|3|5|vários} anos
{amo|curto} {a live|a vibe|o setup|o conteúdo|o overlay novo}
{essa música|o som|essa} {é braba|é muito boa|é hino|é top}
{tô|to} {muito cansado|morrendo de fome|entediado|feliz|com sono|quebrado}
{comendo|jantando|almoçando} {pizza|açaí|coxinha|miojo|pão de queijo|hambúrguer} {agora|vendo a live|}
meu {cachorro|gato} {tá assistindo também|tá vendo junto}
{lurkando|vou sair|já volto|volto já|tenho que ir|afk|fui}
{amanhã tenho|tenho} {prova|escola|trampo|trabalho|aula}
{são|aqui são|aq são} {3|2|4|5} da manhã
eu também jogo isso
sou {de|do|da} {@place}
{acho que|pra mim|na minha opinião} {devia ir mid|tem que rushar|é a melhor run|o boss é fraco a fogo|o jogo é subestimado|o final foi ruim}
{os mods tão dormindo|o chat tá louco hoje|o chat tá morto|chat morto}
{tá cozinhando|voltamos|acabou|estamos fritos|já era}
{verdade|real|fato|é isso|facts|cringe|morri|tmj|tamo junto|é nois|é os guri|pode crer|suave|de boa}
{@chatter} {verdade|real|igual|ele não fez|tá na steam|é de graça|ele já falou|é o elden ring|é do brasil}
@{@chatter} {verdade|real|sim|não|tá na descrição|ele já falou|ele tem 25|vlw|de nada|tá no discord}
{eu sabia|já sabia} que {ia acontecer|ele ia fazer isso|vc ia fazer isso}
{é assim que se faz|assim que joga}
por isso que eu {assisto|vejo} {essa live|suas lives}
{que|q} {partida|lenda|virada|live|jogaço}
{queria|quem me dera} jogar assim
vou {dormir|comer|ver o vod|comprar esse jogo|testar essa build}
{obrigado|valeu|vlw|obg} pela {live|dica|salve|sorteio|sub}
{feliz aniversário|parabéns|parabens|feliz niver} {@streamer|mano|brabo|}
{parabéns|parabens} pela {vitória|parceria|100k|setup novo|subida de elo}
{não acredito|nao acredito|impossível} que ele {acertou|errou|sobreviveu|fez isso}
{morri|to chorando|tô rindo muito|morto} {kkkkk|kkk|😭|rs|}
{o áudio|a câmera|a cam} {tá dessincronizado|tá com delay|congelou|tá preta|tá linda}
o chat {tá muito rápido|tá voando|voa}
{não|nah|nem} {valeu|não é assim|tá errado|de novo não}
{sim|sss|aham|isso} {exatamente|verdade|concordo|ele tem razão}
{igual|eu também|nem eu|literalmente eu|mesmo}
{me inscrevi|dei sub|renovei o sub} {por 6 meses|por um ano|}
{não vejo a hora|doido pra ver} {da próxima live|do vídeo|da atualização|da dlc|de amanhã}
{kkkkk|kkkkkkk|kkk|rsrs|hahaha|KKKKK|kakaka}
{bom|ok|blz|beleza|suave} {chat|então|kkk|}
{o jogo|esse jogo} {parece|tá} {incrível|muito bom|difícil|assustador}
{o novo|seu novo} {overlay|setup|mic|corte} {ficou|tá} {top|lindo|brabo}
{queremos|quero} {mais|outra} {live de {@game}|de terror|speedrun|irl}
*2 o streamer {tá tiltado|tá on|tá com sono|tá cozinhando} hoje
*2 {não faz isso|não pula|não vai aí|não abre isso|não confia nele}
*2 {apostei|perdi|gastei} {todos meus pontos|a aposta} nisso
*2 {a melhor|a pior} {live|run|parte|luta} da história
*2 {tô|to} aqui pela {vibe|música|resenha|sorteio}
*2 {ele é|tu é|vc é} {muito ruim|brabo demais|bot} {kkkk|kkk|}

== general x6
{oq?|oq|o que?|que?|quê?|q?|hã?|ha?|OQ|OQ??|oque?|oqq}
{oq|o que} {foi isso|aconteceu aí|ele tá fazendo|é isso}{|?|??|!}
{mano|bro|véi|vei|irmão} {oq|o que|que}{|?|??}
{hein?|hm?|ahn?|?|??|???|????|ué?|ue?|oxe?|oxi?}
{kkkk?|rs?|kkk oq|kkkkk oq|kkkk q}
{como?|como??|COMO|como assim|como assim?|mas como|como é que é}
{pq?|por que?|porque?|pq??|mas pq|pq mano|pq isso}
{pq|por que} {vc fez isso|vc pulou|foi lá|confiou nele|ele faz isso}{|?|??}
{quem perguntou|ninguém perguntou|e eu com isso|quem liga}{|?|??}
{sério|é sério|tá de brincadeira|ta de brincadeira|fala sério|serio mano|é vdd}{?|??|}
{isso é real|é real isso|pode isso|isso é permitido}{?|??}
como {ele errou isso|não viu|sobreviveu|morreu ali|perdeu isso}{|?|??}
como {isso não é falta|isso não é kill|não pegou|pegou isso}{|?|??}
como {ele ainda tá vivo|ele fez isso}{|?|??}
{pq|por que} {ele é assim|esse jogo é tão difícil|o chat é assim|esse boss é tão chato}{|?|??}
{oq ele tá fazendo|o que vc tá fazendo|mano oq vc ta fazendo|q isso mano 💀}{|?|??}
{ele fez isso mesmo|ele morreu|ele caiu|ele errou}{|?|??}
{viram isso|vc viu isso|vcs viram}{|?|??}
{quem joga assim|quem te ensinou a dirigir|quem ensinou isso pra ele}{|?|??}
{tá bem|tá tudo bem mano|vc tá bem}{?|??} {💀|😭|LUL|KEKW}
como {erra isso|perde isso|não vê ele|cai aí}{|?|??}
{isso é possível|como pegou|como não pegou|pode isso arnaldo}{|?|??}
{que isso|pera oq|pera aí oq|oxe|ué|eita|vish}
{vc tá cego|vc sabe mirar|esqueceu de jogar|tá maluco|ta doido}{|?|??}
{ele tá trollando|é de propósito|é sério isso}{|?|??}
{e?|e daí?|e dai|e aí?|tá e?|e então?}
{oq|como|quem|quando|onde|pq|que|qual}{?|??|!?}
{que sorte|que ruim|como ele faz isso sempre}
{isso é um|vc chama isso de} {pulo|tiro|jogar}{?|??}
{só eu vi isso|ninguém ouviu isso}{?|}
{tá de sacanagem|ta zoando|tá zoando|é zoeira}{?|??}
{ele falou isso mesmo|ele fez isso mesmo}{?|??}
{quem é esse|quem é esse cara|q} {kkkk|kkk|💀|😭}
{pq vc é assim|pq a gente ainda tá aqui|pq eu ainda to vendo isso}{|?|??}
{como esse jogo pode ser tão} {bom|ruim|difícil}{|?|??}
{mds|meu deus|caraca|caramba|nossa senhora|pqp}{|!|?}

== greeting x6
{oi|oii|oie|olá|ola|opa|salve|eae|eai|e ai} {@streamer|chat|galera|pessoal|gente|povo|}
{oi gente|ola pessoal|olá pessoal|salve salve|fala galera|fala pessoal|oi chat|salve chat}
{bom dia|boa tarde|boa noite} {chat|galera|pessoal|@streamer|}
{oi|salve|olá|opa} {de|do|da} {@place}
{tudo bem|tudo bom|como vai|beleza|blz|tudo certo} {@streamer|mano|chat|}
{oi|salve|eae} {@streamer} {tudo bem|tudo bom|beleza}
{tudo bem|como vai} {galera|pessoal|chat|gente}
{tchau|flw|falou|até mais|ate mais|até amanhã|boa noite} {chat|galera|pessoal|@streamer|}
{voltei|oi de novo} {@streamer|chat|}
{oi|salve} {@streamer} {oi|salve} chat
{salve salve|oi oi|opa opa} {chat|@streamer|}

== link x5 raw
https://clips.twitch.tv/{Brave|Funny|Cute|Tiny}{Clip|Moment}{Kappa|Pog}-{a8Xk2|Q9zLm|p0Wd1}
{olha|olha isso|é vc|é vc?|kkkk|mds} https://clips.twitch.tv/{ElegantCrazyWombat|SpicyTinyOtter}-{xk92|mQ1a}
https://youtu.be/{dQw4w9WgXcQ|9bZkp7q19f0|kJQP7kiw5Fk}
{a música|o som|essa aqui} https://open.spotify.com/track/{4uLU6hMCjMI75M1A2tKUQC|7qiZfU4dY1lWllzX7mPBI3}
{o discord|meu discord|entra no dc} https://discord.gg/{mellchat|abc123|br}
https://www.instagram.com/{@streamer|@chatter}
{guia|mapa|wiki}: https://{eldenring.wiki.fextralife.com|www.ign.com|minecraft.fandom.com}/pt/wiki/{Chefes|Mapa}
{seguidores grátis|viewers baratos|skins grátis} {em|aqui} {viewbot.shop|skinsgratis.xyz|followz.store}
{isso é real?|alguém testou|kkk} https://{bit.ly|encurtador.com.br}/{3xYz9|freeskins}
{twitch.tv|kick.com}/{@streamer}
{aqui|o link|toma} https://www.youtube.com/watch?v={dQw4w9WgXcQ|9bZkp7q19f0}
https://www.tiktok.com/@{@streamer}/video/73{12345|99887}

== spam x3 raw
{OI SOU DE {@place} MANDA UM SALVE PRA MIM POR FAVOR VC É O MELHOR STREAMER DO MUNDO TE ASSISTO TODO DIA MANDA SALVE PRA MINHA MÃE E PRO MEU CACHORRO}
{*4-6 {É O BRASIL|CHAT É REAL|TAMO JUNTO}}
{MODS|mods} {BANE ELE|bane ele} {MODS|mods} ELE FALOU A PALAVRA {MODS|mods} BAN BAN BAN BAN BAN BAN BAN BAN BAN BAN
{SKINS GRÁTIS|skins grátis} {CHAMA NO PV|chama no pv} CHAMA NO PV GRÁTIS GRÁTIS GRÁTIS GRÁTIS GRÁTIS GRÁTIS GRÁTIS GRÁTIS
Se vc tá lendo isso digita {1|F|W} no chat senão vai ter 7 anos de azar, não é brincadeira, aconteceu com meu primo e agora ele {joga free fire|é bot} {@emote} {@emote} {@emote} {@emote} {@emote}
Chat deixa eu contar uma coisa, ontem eu tava jogando {@game} com meus amigos e do nada acabou a luz no bairro inteiro e quando voltou meu pc não ligava mais e tive que levar no técnico e ele cobrou uma fortuna e agora tô sem dinheiro pra nada
{@emote} {@emote} {@emote} TODO MUNDO MANDA {@emote} NO CHAT TODO MUNDO MANDA {@emote} {@emote} {@emote} {@emote} {@emote}
{*8-12 {GOOOL|KKKKK|CARALHO|BORA|NÃO|VAMO}}

== general x8
{vc é|você é|tu é|cê é} {muito bom|brabo|uma máquina|o melhor|bom demais|muito engraçado|muito ruim|roubado} {nesse jogo|hoje|}
{sua|seu|tua|teu} {mira|movimentação|setup|voz|gato|quarto|cabelo|build|base} {é|tá} {absurda|muito limpa|linda|horrível|outro nível|top}
{vc merece|você merece|vc precisa de} {mais viewers|um descanso|dormir|a parceria|um mouse melhor}
{vc tá|você parece} {cansado|feliz|diferente hoje|ótimo}
{vc devia|você deveria} {jogar|testar|ver|fazer live de} {@game|a nova atualização|jogo de terror|essa build|a dlc}
{vc consegue|bora que vc consegue|vc vai ganhar|tá indo bem|mandou bem}
{não acredito|não vejo a hora|não aguento esse boss|não tô ouvindo o jogo}
{não esquece de|não desiste|não escuta o chat|não se preocupa}{| beber água| isso|}
{era pra ter|devia ter} {ido pela esquerda|usado a ult|se curado|esperado|pegado o atalho}
{podia ser pior|seria engraçado se ele morresse|ia ser loucura}
{conseguimos|ele conseguiu|de primeira|fez de propósito}
{é o que tem|foi divertido|foi por pouco|já faço|divirta-se}
{aposto|acho|certeza} que {ele ganha|ele morre|funciona|a gente perde} {kkk|}
{sei lá|não sei|nem ideia de} {oq|como|pq|quem} {ele tá fazendo|aconteceu|funciona|é isso}
{ninguém|nem ele} sabe {oq tá fazendo|como isso funciona|pq}
{foi isso que|foi aí que|é assim que} {eu falei|ele morreu|aconteceu|a gente vai}
{oq|como} {ele fez ali|esse boss é|foi isso} {é absurdo|é loucura|foi burrice|é injusto}
quando o {boss|chat|streamer} {acerta|erra|morre} {kkkk|😭|}
{onde|quando} {tudo deu errado|isso começou|isso aconteceu} {kkk|}
{pergunta|perguntem} {pra ele|pro streamer|pros mods} {depois|não pra mim}
{eles|ele|ela} {perguntou|perguntaram} {qual jogo é|do mouse|isso ontem}
{ninguém perguntou|ninguém liga} {kkkk|}
{ok|blz} {isso|esse} {é|foi} {interessante|estranho|brabo}
{é a|é sua} {primeira|segunda|terceira} {vez|run|partida} {kkk|}
{talvez|provavelmente} {ele tá lagado|é bug|na próxima|amanhã}
{bora|vamo|vamos ver|de novo}
{voltamos|tamo frito|já era|tamo ganhando|tamo perdendo} {kkk|}

== question x8
{vc sabe|você lembra} {qual|onde|quando|como} {é esse boss|é essa música|é esse mapa|terminou}
{alguém sabe|vc sabe} {quando|onde|qual|como} {é a próxima live|pega essa espada|é a música|ele fez isso}
{pode|consegue} {mostrar|passar|falar} {tua config|tuas specs|tua mira|tua playlist}
{dá pra|é difícil} {passar isso|pegar essa skin|jogar solo|rodar no notebook}
{os|esses} {emotes|skins|ajustes|binds} são {novos|personalizados|padrão}
{então|ok então} {qual|que|como} {jogo|mouse|elo|build} {é esse|vc usa|vc é}
{qual|que} {opção|caminho|escolha} {vc escolheu|vai escolher|escolheria}
{pq|como assim} vc {largou|trocou|saiu do} {@game|youtube|time|valorant}
{e|mas} {oq|como|quando} {vai ser|fica} {a dlc|a próxima live|teu gato|o sorteio}
{qual é|qual o} {plano|estratégia|objetivo} pra {hoje|essa run|o boss|essa noite}
{quer|vai|bora} {jogar|testar|fazer live de} {@game|com inscritos|um x1} {depois|de noite|amanhã|}
vc {pegou|fez|terminou} {a platina|todas as conquistas|o final verdadeiro|o modo difícil}
{quando|onde} vc {comprou|pegou} {esse|essa|teu|tua} {boné|luminária|cadeira|camiseta}
{é|era} {tua|essa tua} {conta principal|smurf|segunda conta|conta alternativa}
{qual|que} {jogo|boss|mapa|fase} {foi o mais difícil|é teu favorito|é o pior} {até agora|pra vc|}

== general x3
oq?
o que?
que?
hã?
como assim?
sério?
é sério?
pq?
quem perguntou?
oq foi isso?
oxe?
ué?
kkk?
mano oq?
ta de brincadeira?
hein?
nani?
é vdd?
como?
oi??
oxi?
q?

== question x8
{mano|então|ô} {qual|que} jogo {é|é esse|tá jogando}
{e|mas} {vc|você|tu} {é|mora} {de onde|onde}
{mano|vei|bro} {de onde|da onde} {vc é|tu é|cê é}
{quantos|qts} anos {vc tem|o streamer tem|tu tem}
{vc|você} {usa|tem} {o|um|a} {@gear} {da|do} {@brand}
{qual|que} {música|musica|som} {tá tocando|é essa que tá tocando|toca agora}
{quando|que horas} {vc volta|tem live|abre live} {amanhã|de novo|}
{qual|que} {elo|rank|patente} {vc tá|vc é|tu tá} {agora|hoje|}
{qual|que} {sensi|dpi} {vc usa|tá usando|tu usa}
{vc|você} {fala|sabe falar} {inglês|espanhol|alemão}
{desde quando|faz quanto tempo} {vc faz live|vc streama|tu faz live}
{onde|aonde} {vc mora|você mora|tu mora} {agora|hoje em dia|}

== question x6
{qual|que|qual o|qual a} {jogo|mouse|teclado|headset|mic|monitor|cadeira|música|musica}
{qual|que|qual o|qual a} {elo|rank|sensi|dpi|server|build|classe|mapa|arma}
{qual|que|qual o|qual a} {modo|versão|mira|setup|placa|processador|controle}
{nome do|nome da} {jogo|música|mapa|boss|server|mouse}
{quantas|quantos} {horas|mortes|viewers|subs|vitórias|kills|seguidores|fps|anos}
{de onde|desde quando|com quem} {vc é|vc joga|vc faz live|tu é}
