# Spanish chat (España y Latinoamérica; sin tildes ni signos muchas veces).
@game = minecraft | elden ring | valorant | el lol | league | gta | gta 5 | fortnite | cs2 | el counter | apex | wow | hollow knight | dark souls | baldurs gate | tarkov | rust | overwatch | dota | lethal company | among us | hades | stardew | zelda | mario kart | cyberpunk | fallout | skyrim | sekiro | el witcher | phasmo | rocket league | fifa | el fifa | ajedrez | free fire | clash royale | brawl stars | silksong | balatro | rdr2 | warzone | genshin
@gear = mouse | raton | ratón | teclado | auriculares | cascos | audifonos | audífonos | micro | micrófono | microfono | silla | monitor | webcam | camara | cámara | alfombrilla | mousepad | mando | control | grafica | gráfica | tarjeta grafica | procesador | escritorio | pc | setup | stream deck | capturadora
@brand = logitech | razer | steelseries | hyperx | corsair | glorious | zowie | wooting | shure | rode | elgato | secretlab | sony | asus | msi | redragon | newskill | mars gaming | trust | benq
@setting = sensi | sensibilidad | dpi | fov | mira | crosshair | resolucion | resolución | configuracion | configuración | config | teclas | binds | graficos | fps | ping | hz
@fav = juego | comida | pelicula | película | anime | cancion | canción | banda | color | bebida | arma | personaje | jefe | mapa | streamer | youtuber | libro | serie | equipo de futbol
@pet = perro | perrito | gato | gatito | loro | hamster | conejo
@country = mexico | méxico | argentina | colombia | chile | peru | perú | españa | venezuela | ecuador | uruguay | bolivia | paraguay | guatemala | costa rica | cuba | madrid | barcelona | cdmx | buenos aires | bogota | lima
@when = mañana | manana | hoy | esta noche | el finde | el viernes | despues | después | luego | en el proximo stream | otra vez
@q_prefix = @{@streamer} | @{@streamer} | oye | ey | bro | chat | {@streamer} | oye {@streamer} | pregunta | una pregunta | pregunta: | perdon si ya respondiste pero | hola | buenas | wey | güey | che | tío | loco | oigan | disculpa | jaja
@q_suffix = {@emote} | {@emote} | {@emoji} | porfa | por favor | plis | pls | es curiosidad | soy nuevo | gracias | grax | xd | jaja | {@emote_channel} | :) | 🤔 | ayuda
@g_suffix = {@emote} | {@emoji} | jaja | jajaja | jsjs | xd | alv | {@emote_channel} | 😂 | 💀 | KEKW | LUL | wey | bro | tio
@greet_suffix = {@emote} | {@emoji} | {@emote_channel} | 👋 | HeyGuys | <3 | :) | xd

== question x10
{¿|}{qué|que|cuál|cual} {@gear} {usas|tienes|es ese|es esa|es|estás usando|estas usando|me recomiendas}
{¿|}{cuál|cual} es tu {@gear}
{¿|}{qué|que} {marca|modelo} es {tu|ese|esa} {@gear}
{¿|}{cuánto|cuanto} te {costó|costo|salió|salio} {el|la|tu|ese|esa} {@gear}
{¿|}{es|ese es|esa es} {un|una|el|la} {@gear} {@brand}
{¿|}{tu|el|la} {@gear} es {inalámbrico|inalambrico|mecánico|mecanico|bueno|nuevo|caro}
{¿|}{dónde|donde|de donde} {compraste|sacaste|conseguiste} {esa|ese|tu} {sudadera|camiseta|gorra|lámpara|lampara|peluche|poster|taza|silla|@gear}
{¿|}{cuál|cual|qué|que} {es tu|tienes de} {@setting}
{¿|}{qué|que} {@setting} {usas|tienes|juegas}
{¿|}{cuáles|cuales} son tus {specs|especificaciones|componentes|configuraciones|teclas}
{¿|}{puedes|podrías|podrias} {mostrar|enseñar|pasar} {tu|la} {@setting|config|mira}
{¿|}juegas {con mando|con control|con teclado y mouse|en pc|en consola|en la play|en play 5|en xbox|en laptop}
{¿|}{cuántos|cuantos} {hz|hercios} {tiene|es} {tu|el} monitor
{¿|}{con qué|con que|qué|que} {programa|app|software} {haces stream|streameas|editas|haces los overlays|pones las alertas}
{¿|}{cómo|como} {haces|consigues} que {tu micro|tu voz|el audio|la cámara} se {escuche|vea} tan {bien|claro|limpio}
{¿|}{tú|tu} armaste {tu|la} pc
{¿|}{qué|que} {gráfica|grafica|procesador|cpu|ram} tienes
{¿|}{qué|que} juego es {este|ese|esto}
{¿|}{qué|que} {estás jugando|estas jugando|juegas|juegas ahora}
{¿|}{cómo|como} se llama {el juego|este juego|ese juego}
{¿|}nombre del juego
{¿|}es {el|} {@game}
{¿|}{el juego|este juego} es {gratis|de pago|en steam|para consola|multijugador|cooperativo|nuevo|difícil|dificil|bueno}
{¿|}{cuántas|cuantas} horas {llevas|tienes|has jugado} {en este juego|en {@game}|}
{¿|}{qué|que} {rango|nivel|elo|lvl} {eres|tienes} {en {@game}|ahora|}
{¿|}{cuál|cual} es tu {rango|elo|main|peak|kd}
{¿|}{qué|que} {clase|personaje|build|arma|mazo|mapa|modo|dificultad|servidor|version|versión|mods|skin|hechizo} {es ese|es esa|usas|juegas|es este|tienes}
{¿|}{con quién|con quien|a quién|a quien} {juegas|maineas|vas a jugar}
{¿|}{cómo|como} {hiciste eso|pasaste ese jefe|mataste al jefe|aprendiste eso|encontraste eso|conseguiste esa skin|desbloqueaste eso}
{¿|}{cómo|como} se {hace eso|pasa el jefe|desbloquea eso|hace parry|llega ahí|llega ahi|gana dinero rapido|cura uno}
{¿|}es tu primera {partida|vez jugando|run}
{¿|}{dónde|donde|cómo|como} {encuentro|consigo|se consigue} {la espada|la armadura|la llave|el mapa|el anillo|esa skin}
{¿|}es {ranked|competitivo|normal|un server privado|con mods|hardcore|el dlc|el remake}
{¿|}{en qué|en que|cuál|cual} {server|servidor} {juegas|estás|estas|es}
{¿|}{podemos|puedo} {jugar contigo|entrar al server|unirme|entrar a la partida}
{¿|}{los viewers|los subs} pueden {jugar|entrar|unirse}
{¿|}{cuántas|cuantas} {muertes|victorias|kills|partidas} {llevas|van|hoy}
{¿|}{vas a|piensas} {terminar|pasar} {el juego|el jefe|esto} {hoy|esta noche|en este stream|}
{¿|}ya {pasaste|terminaste|venciste} {el juego|al jefe|el {@game}|al jefe final}
{¿|}{has jugado|jugaste|alguna vez jugaste|probaste} {@game}
{¿|}te gusta {el|} {@game}
{¿|}{jugarías|jugarias} {@game}
{¿|}{has probado|viste|jugaste} {la nueva actualización|la nueva temporada|el dlc|el nuevo parche|el remake}
{¿|}{qué|que} {opinas|piensas} {de|del} {nuevo parche|la actualización|@game|la nueva temporada|este mapa|este jefe|final}
{¿|}{qué|que} vas a jugar {@when|después|despues|luego}
{¿|}a {qué|que} hora {es el stream|streameas|empiezas} {mañana|manana|el viernes|}
{¿|}{cuándo|cuando} {es el próximo|es el proximo|sale el} {stream|video|colab|sorteo|directo}
{¿|}vas a {stremear|streamear|hacer directo|jugar} {@game|} {@when}
{¿|}hay {stream|directo} {mañana|manana|hoy|el finde}
{¿|}{cuánto|cuanto} {dura el stream|vas a streamear|tiempo más|tiempo mas} {hoy|}
{¿|}hay {vod|resubida|horario|resumen} {del stream|de esto|}
{¿|}vas a ir a {la twitchcon|el torneo|la velada|el evento|la quedada}
{¿|}{cuándo|cuando} {termina|acaba} el {sorteo|torneo|evento}
{¿|}streameas todos los días
{¿|}{cuál|cual} es el horario {de la semana|de streams|}
{¿|}{cuántos|cuantos} años tienes
{¿|}de {dónde|donde} eres
{¿|}{en qué|en que|de qué|de que} {país|pais|ciudad} {vives|eres|estás|estas}
{¿|}{cuánto|cuanto} tiempo llevas {streameando|en twitch|haciendo directos|haciendo videos}
{¿|}tienes {perro|gato|novia|novio|trabajo|canal de youtube|discord|tiktok|instagram}
{¿|}{cuál|cual} es tu {@fav} {favorito|favorita|preferido|preferida}
{¿|}{cómo|como} se llama tu {@pet}
{¿|}{cuánto|cuanto} mides
{¿|}{qué|que} hora es {allá|alla|donde estás|donde estas|ahí|ahi}
{¿|}hablas {inglés|ingles|portugués|portugues|alemán|aleman|catalán}
{¿|}{qué|que} {comiste|cenaste|desayunaste|estás comiendo|estas tomando|bebes}
{¿|}por {qué|que} {dejaste de streamear|te cambiaste el nombre|dejaste {@game}|te teñiste el pelo|te mudaste}
{¿|}{cómo|como} {empezaste a streamear|conociste a tu novia|aprendiste inglés|conseguiste tantos seguidores}
{¿|}{ya estás mejor|ya estas mejor|te sientes mejor|estás enfermo|estas enfermo}
{¿|}{estudias|trabajas|vas a la uni|vas al cole}
{¿|}{de qué|de que|en qué|en que} trabajas
{¿|}{alguna vez|} {duermes|descansas|juegas con viewers|lees el chat|te enojas}
{¿|}viste mi {donación|donacion|mensaje|clip|tweet|sub}
{¿|}{puedes|podrías|podrias} {saludar a|leer} {mi amigo|mi mensaje|mi donación}
{¿|}{qué|que|cuál|cual} {canción|cancion|música|musica|tema|rola} es {esta|esa|}
{¿|}{cómo|como} se llama {la canción|la cancion|la rola|el tema|esta canción}
{¿|}{nombre de la canción|nombre de la cancion|quién canta esto|quien canta esto|de quién es la canción}
{¿|}{puedes|podés|podes} {subir|bajar} {la música|la musica|el juego|el volumen|el micro}
{¿|}{puedes|podés} poner {música|musica|phonk|lofi|la canción otra vez}
{¿|}tienes {playlist|lista en spotify} {de esto|}
{¿|}{puedes|podés|podrías} {mostrar|enseñar|explicar} {el mapa|el inventario|la config|la build|el árbol|eso otra vez}
{¿|}{puedes|podés|podrías} {activar|quitar|subir|bajar} {la música|el micro|los subtítulos|el brillo|el sonido}
{¿|}vas a hacer {un sorteo|un 1v1|preguntas y respuestas|face reveal|colab}
{¿|}{lees|ves} el chat
{¿|}{el discord|el dc} {está abierto|esta abierto|funciona|sigue}
{¿|}hay {discord|código|codigo|meta de subs|emote de eso|código de creador}
{¿|}a alguien {más|mas|} se le {laggea|traba|corta} el stream
{¿|}{cómo|como} {entro al discord|consigo los emotes|me hago mod|canjeo puntos|consigo vip|me suscribo con prime}
{¿|}{cómo|como} {editas tus videos|tienes tantos viewers|te motivas|no te enojas|tienes tanta energía|lidias con el hate|apuntas tan bien}
{¿|}{algún|algun|tienes algún|tienes algun} {consejo|tip} para {un streamer nuevo|@game|principiantes|mejorar la puntería|ranked}
{¿|}{cómo|como} puedo {mejorar en {@game}|mejorar mi aim|empezar a streamear|apoyarte}
{¿|}{qué|que} {mouse|juego|teclado|audífonos} me {compro|recomiendas}
{¿|}{vale la pena|conviene} comprar {@game|este juego}
{¿|}por {qué|que} {elegiste|escogiste|usas} {esa clase|esa arma|ese camino|ese personaje}
{¿|}por {qué|que} no {usas|tiras} la {ulti|cura|habilidad}
{¿|}no es mejor {ir a la izquierda|usar el arco|jugar seguro|farmear primero}
{¿|}a {qué|que} hora {empezó|empezo|termina} el stream
{¿|}{cuántos|cuantos} {subs|seguidores|viewers} tienes
{¿|}{qué|que} {streamers|youtubers} {ves|sigues|te inspiraron}
{¿|}{quién|quien} es tu {duo|amigo|editor|compañero|mod} {hoy|en este juego|}
{¿|}con {quién|quien} {juegas|estás jugando|estas jugando} hoy
{me pregunto|tengo curiosidad de} {qué|que|cuál|cual} {@gear} usas
{quiero saber|quisiera saber} {tu|la} {@setting|config|specs}
{pasa|pásame|pasame|dime} {tu|la} {@setting|config|specs|canción} {porfa|por favor|pls|}
{@setting|config|specs|canción|juego} {porfa|por favor|pls|plis}
{¿|}{qué|que} planes {tienes|hay} para {el finde|mañana|el próximo stream|el proximo juego}
{¿|}crees que {ganas|lo pasas|subes de rango} {hoy|esta vez|}
{¿|}es tu primera {victoria|kill|vez}
{¿|}{dormiste|comiste|streameaste} {hoy|ayer|anoche}
{¿|}{viste|has visto} {la nueva película|el trailer|la final|el torneo}
{¿|}{puedes|podés} explicar {cómo funciona eso|las reglas|qué pasó|por qué moriste}
{¿|}{cuál|cual} es {el objetivo|el plan|la estrategia} {ahora|hoy|}
{¿|}a {dónde|donde} {vas|hay que ir|es la próxima zona}
{¿|}{dónde|donde} {veo|puedo ver} {el vod|tus videos|streams viejos}
{¿|}{y tú|y tu|vos} {jugaste|vas a jugar} {@game} {@when|}
chat {qué|que|quién|quien} {me perdí|me perdi|va ganando|es ese}
{¿|}me perdí de algo
*3 {¿|}{qué|que} es mejor {ranked o normales|pc o consola|perros o gatos|café o té}
*3 {¿|}es verdad que {dejaste {@game}|te mudaste|tienes un gemelo}
*3 {¿|}{cómo|como} se pronuncia tu nombre
*3 {¿|}{qué|que} significa tu {nombre|nick}
*3 {¿|}{qué|que} pasó con tu {perro|gato|canal viejo|setup|voz}
*3 {¿|}{dónde|donde} está tu {perro|gato|duo|editor} hoy
*2 {¿|}a tu {@pet} le {gusta el stream|gustan los juegos}
*2 {¿|}{tienes|hay} {juego|comida|anime} favorito
*2 {¿|}{sos|eres} de {@country}
*2 {¿|}{usted|ustedes} {juegan|juega} {@game}
*2 {¿|}{puedo|se puede} donar {con paypal|desde {@country}|con bizum}

== general x10
{qué|que} {jugada|tiro|locura|crack|bestia|golazo|clutch|partida|máquina|maquina|genio}
{buena|buen|tremenda|tremendo} {jugada|tiro|clutch|salto|esquiva|parry}
{gg|ggs|gg wp|ggwp|gg ez}
{está|esta|este wey esta|este tipo está} {chetado|roto|hackeando|laggeado|tilteado|on fire|en racha|manco}
este jefe es {muy difícil|imposible|fácil|facil|un asco|injusto}
{ve|anda|vete|ir|corre|cúrate|curate|recarga|salta|espera|usa la ulti|tira la ulti|compra escudo} {a la izquierda|a la derecha|atrás|atras|rápido|rapido|}
{atrás tuyo|atras tuyo|detrás tuyo|detras|te vienen por atrás|arriba|abre el cofre|agarra el loot|agarra eso}
{te saltaste|olvidaste} {el cofre|la llave|el loot|el secreto|el objeto|el atajo}
{amo|me encanta} {este juego|este stream|esta canción|este mapa|el chat|la vibra}
{este mapa|este parche|este juego|este modo} {es una basura|está roto|esta roto|es buenísimo|es muy bueno|es aburrido}
{mala suerte|casi|por poco|rip|F|efe|vamos|vamoooos|dale|vamos que se puede}
{tu|el} {micro|micrófono|audio} {está muteado|esta muteado|no se escucha|suena raro|está muy alto|esta bajito}
{no se escucha|no te escucho|no se oye nada|no hay audio}
{el stream|se} {se traba|laggea|va lento|se congela|esta cortando} {mucho|otra vez|}
{acabo de llegar|llegué|llegue|recién llego|recien llego|me acabo de despertar|salí del trabajo|vengo del cole}
{primera vez|es mi primera vez} {aquí|aca|acá|en el stream|viendo en directo}
te veo desde hace {2|3|5|varios} años
{me encanta|amo} {el stream|la vibra|el setup|el contenido|el overlay nuevo}
{esta canción|la música|el tema} {está buenísima|es un temazo|es fuego|pega}
{estoy|toy} {cansadísimo|muy cansado|con hambre|aburrido|feliz|re cansado|con sueño}
{comiendo|cenando|desayunando} {pizza|tacos|empanadas|arepas|tortilla|milanesa} {ahora|mientras veo|}
mi {perro|gato} {también está viendo|está viendo contigo}
{lurkeando|me voy|ya vuelvo|vuelvo|me tengo que ir|afk|brb}
{mañana tengo|tengo} {examen|colegio|trabajo|prueba|clases}
{son las|acá son las|aqui son las} {3|2|4|5} de la {mañana|madrugada}
yo también juego a esto
soy de {@country}
{creo que|pienso que|para mí|pa mi} {debería ir mid|hay que rushear|es la mejor run|el jefe es débil al fuego|el juego está infravalorado|el final fue malo}
{los mods duermen|el chat está loco hoy|el chat está muerto|chat muerto}
{está cocinando|volvimos|se acabó|estamos fritos|ya fue}
{verdad|cierto|es real|facts|basado|cringe|me muero|qué risa|que risa|es así|tal cual|literal|f en el chat|ni modo|ok|vale|dale}
{@chatter} {verdad|cierto|igual|no lo hizo|está en steam|es gratis|ya lo dijo|es el elden ring|es de méxico}
@{@chatter} {verdad|cierto|sí|no|está en la descripción|ya lo dijo|tiene 25|gracias|de nada|está en el discord}
{ya sabía|sabía|sabia} que {iba a pasar|lo iba a hacer|harías eso}
{así se hace|asi se hace|así es como se juega}
por eso {veo|miro} {este stream|tus directos}
{qué|que} {partidaza|leyenda|comeback|remontada|stream|juegazo}
{ojalá|ojala} {jugara|pudiera jugar} así
{me voy a|voy a} {dormir|comer|ver el vod|comprar este juego|probar esa build}
{gracias|grax|muchas gracias} por {el stream|los tips|el saludo|el sorteo|la sub}
{feliz cumple|feliz cumpleaños|felicidades} {@streamer|bro|crack|}
{felicidades|felicitaciones|enhorabuena} por {la victoria|el partner|los 100k|el setup nuevo|subir de rango}
{no puede ser|no puedo creer} que {le dio|falló|fallo|sobrevivió|lo hizo}
{me muero|me meo|estoy llorando|muerto} {jajaja|jaja|😭|xd|}
{el audio|la cámara|la camara} {está desincronizado|va con delay|se congeló|está en negro|se ve genial}
el chat va {muy rápido|rapidisimo|a mil}
{no|nah|nel} {gracias|eso no es así|está mal|otra vez no}
{sí|si|simon|sip|aja} {exacto|verdad|de acuerdo|tiene razón}
{igual|yo también|yo tampoco|literal yo|mismo}
{me suscribí|me suscribi|resub} {por 6 meses|por un año|}
{no puedo esperar|ya quiero} {el próximo stream|el video|la actualización|el dlc|mañana}
{jajaja|jajajaja|jsjsjs|jaja|lol|JAJAJA|kjjj}
{bueno|ok|vale|dale|listo} {chat|entonces|jaja|}
{el juego|este juego} se ve {increíble|increible|muy bueno|difícil|de miedo}
{el nuevo|tu nuevo} {overlay|setup|micro|corte de pelo} se ve {genial|bien|brutal}
{queremos|quiero} {más|otro} {stream de {@game}|de terror|speedrun|irl}
*2 el streamer {está tilteado|está on fire|tiene sueño|está cocinando} hoy
*2 {no lo hagas|no saltes|no vayas ahí|no abras eso|no confíes en él}
*2 {aposté|perdí|gasté} {todos mis puntos|la apuesta} en eso
*2 {el mejor|el peor} {stream|run|momento|jefe} de la historia
*2 {estoy aquí|vengo} por {la vibra|la música|el chat|el sorteo}
*2 {tremendo|tremenda} {manco|crack|bot} {jajaja|xd|}

== general x6
{qué?|que?|qué??|¿qué?|¿que?|QUE|QUÉ??|queee|quee?|k?|ke?}
{qué|que} {fue eso|acaba de pasar|hace este wey|hace|está haciendo|es esto}{|?|??|!}
{bro|wey|tío|loco|hermano} {qué|que|wtf}{|?|??}
{eh?|ah?|mande?|mm?|?|??|???|????|¿?}
{xd?|jaja?|lol?|jajaja qué|jaja que}
{cómo?|como?|cómo??|COMO|¿cómo?|pero cómo|cómo así|como asi|y cómo}
{por qué?|porque?|por qué??|¿por qué?|pero por qué|pq?|por que tho}
por {qué|que} {hiciste eso|saltaste|fuiste ahí|le creíste|hace eso}{|?|??}
{quién preguntó|quien pregunto|a quién le importa|a nadie le importa|nadie preguntó}{|?|??}
{en serio|es en serio|neta|de verdad|posta|en serio bro|¿en serio}{?|??|}
{es real|esto es real|es legal|se podía}{?|??}
{cómo|como} {falló|fallo|no lo vio|sobrevivió|murió ahí|perdió eso}{|?|??}
{cómo|como} {eso no es falta|eso no es kill|eso no fue headshot|no le pegó|le pegó}{|?|??}
{cómo|como} {sigue vivo|hizo eso}{|?|??}
por {qué|que} {es así|este juego es tan difícil|el chat es así|este jefe es tan molesto}{|?|??}
{qué hace|que hace|qué estás haciendo|que haces bro|qué haces 💀}{|?|??}
{lo hizo|en serio lo hizo|acaba de morir|se cayó}{|?|??}
{vieron eso|viste eso|lo vieron}{|?|??}
{quién juega así|quién te enseñó a manejar|quien le enseñó eso}{|?|??}
{estás bien|bro estás bien|todo bien bro}{?|??} {💀|😭|LUL|KEKW}
{cómo|como} {se puede fallar eso|pierdes eso|no lo ves|te caes ahí}{|?|??}
{eso es posible|cómo le dio|cómo no le dio|eso está permitido}{|?|??}
{qué es esto|espera qué|espera que|perdón|perdona|mande|nani|ah bueno}
{estás ciego|sabes apuntar|se te olvidó jugar|estás bien de la cabeza}{|?|??}
{está troleando|lo hace a propósito|va en serio}{|?|??}
{y?|y qué?|y que|¿y?|y eso?|y entonces?}
{qué|cómo|quién|cuándo|dónde|por qué|que|como}{?|??|!?}
{qué suerte|qué manco eres|cómo lo hace siempre}
{a eso le llamas|eso es} {un salto|un tiro|jugar}{?|??}
{soy el único que vio eso|nadie más lo escuchó}{?|}
{me estás jodiendo|me estas jodiendo|es broma|es joda}{?|??}
{de verdad dijo eso|de verdad hizo eso}{?|??}
{quién es este|quien es este tipo|quién es} {jajaja|xd|💀|😭}
{por qué eres así|por qué seguimos aquí|por qué sigo viendo esto}{|?|??}
{cómo puede ser tan} {bueno|malo|difícil} este juego{|?|??}
{no manches|no mames|no jodas|alv|qué onda con eso|no way}

== greeting x6
{hola|holaa|holi|buenas|saludos|ey|hey|hi} {@streamer|chat|a todos|gente|chicos|}
{hola a todos|buenas a todos|hola chat|buenas chat|hola gente|saludos a todos}
{buenos días|buenos dias|buenas tardes|buenas noches} {chat|a todos|@streamer|}
{hola|saludos|buenas|hola a todos} desde {@country}
{cómo estás|como estas|qué tal|que tal|cómo andas|como andas|cómo va|como va} {@streamer|bro|chat|}
{hola|buenas} {@streamer} {cómo estás|qué tal|como estas}
{cómo están|como estan|qué tal} {todos|chat|gente}
{adiós|adios|chao|chau|hasta luego|hasta mañana|nos vemos|buenas noches} {chat|a todos|@streamer|gente|}
{hola de nuevo|ya volví|ya volvi|hola otra vez} {@streamer|chat|}
{hola|buenas} {@streamer} {hola|buenas} chat
{hola hola|buenas buenas|holi holi} {chat|@streamer|}

== link x5 raw
https://clips.twitch.tv/{Brave|Funny|Cute|Tiny}{Clip|Moment}{Kappa|Pog}-{a8Xk2|Q9zLm|p0Wd1}
{mira|miren|eres tú|eres tu?|jajaja|lol} https://clips.twitch.tv/{ElegantCrazyWombat|SpicyTinyOtter}-{xk92|mQ1a}
https://youtu.be/{dQw4w9WgXcQ|9bZkp7q19f0|kJQP7kiw5Fk}
{la canción|la rola|esta es} https://open.spotify.com/track/{4uLU6hMCjMI75M1A2tKUQC|7qiZfU4dY1lWllzX7mPBI3}
{el discord|mi discord|únanse al discord} https://discord.gg/{mellchat|abc123|latam}
https://www.instagram.com/{@streamer|@chatter}
{guía|mapa|wiki}: https://{eldenring.wiki.fextralife.com|www.ign.com|minecraft.fandom.com}/es/wiki/{Jefes|Mapa}
{seguidores gratis|viewers baratos|skins gratis} {en|aquí} {viewbot.shop|skinsgratis.xyz|followz.store}
{es real esto?|alguien lo probó|jaja} https://{bit.ly|tinyurl.com}/{3xYz9|freeskins}
{twitch.tv|kick.com}/{@streamer}
{aquí|el link|toma} https://www.youtube.com/watch?v={dQw4w9WgXcQ|9bZkp7q19f0}
https://www.tiktok.com/@{@streamer}/video/73{12345|99887}

== spam x3 raw
{HOLA SOY DE {@country} SALUDAME PORFAVOR ERES EL MEJOR STREAMER DEL MUNDO TE VEO TODOS LOS DIAS SALUDA A MI MAMA Y A MI PERRO PORFAVOR PORFAVOR}
{*4-6 {VAMOS ARGENTINA|CHAT ES REAL|TODOS JUNTOS}}
{MODS|mods} {BANEENLO|baneenlo} {MODS|mods} DIJO LA PALABRA {MODS|mods} BAN BAN BAN BAN BAN BAN BAN BAN BAN BAN
{SKINS GRATIS|skins gratis} {ESCRIBEME|escríbeme} AL DM {ESCRIBEME|escríbeme} AL DM GRATIS GRATIS GRATIS GRATIS GRATIS GRATIS GRATIS GRATIS
Si estás leyendo esto escribe {1|F|W} en el chat o tendrás mala suerte durante 7 años, no es broma, le pasó a mi primo y ahora {juega free fire|es manco} {@emote} {@emote} {@emote} {@emote} {@emote}
Chat les cuento algo, ayer estaba jugando {@game} con mis amigos y de repente se fue la luz en todo el barrio y cuando volvió mi pc ya no prendía y tuve que llevarla al técnico y me cobraron un montón de plata y ahora no tengo para comprar nada
{@emote} {@emote} {@emote} TODOS ESCRIBAN {@emote} EN EL CHAT TODOS ESCRIBAN {@emote} {@emote} {@emote} {@emote} {@emote}
{*8-12 {GOOOOL|JAJAJA|XD|QUE|NOOO|VAMOS}}

== general x8
{eres|sos|estás|estas} {muy bueno|un crack|una máquina|el mejor|demasiado bueno|muy gracioso|malísimo|roto} {en este juego|hoy|}
{tu|el} {aim|movimiento|setup|voz|gato|cuarto|pelo|build|base|timing} {está|esta|es} {increíble|brutal|limpio|lindo|horrible|de otro nivel}
{te mereces|necesitas|deberías tener} {más viewers|un descanso|dormir|el partner|un mouse mejor}
{te ves|suenas} {cansado|feliz|enfermo|distinto hoy|genial}
deberías {probar|jugar|ver|stremear} {@game|la nueva actualización|juegos de terror|esa build|el dlc}
{tú puedes|tu puedes|lo tienes|vas a ganar|lo estás haciendo bien|lo hiciste bien}
{no puedo creer|no puedo esperar|no aguanto este jefe|no se escucha el juego}
{no te olvides de|no olvides|no te rindas|no escuches al chat|no te preocupes}{| tomar agua| eso|}
{tenías que|debiste|hubieras} {ir a la izquierda|usar la ulti|curarte|esperar|tomar el atajo}
{pudo ser peor|hubiera sido gracioso que muriera|habría sido una locura}
{lo hicimos|lo hizo|a la primera|lo hizo a propósito}
{es lo que hay|estuvo divertido|estuvo cerca|ya lo hago|diviértete}
{apuesto|creo|seguro} que {gana|muere|funciona|perdemos} {jaja|}
{ni idea|no sé|nose|ni idea de} {qué|cómo|por qué|quién} {está haciendo|pasó eso|funciona|es eso}
{nadie|ni él} sabe {qué está haciendo|cómo funciona esto|por qué}
{eso es|ahí es} {lo que|donde|cuando|como} {dije|murió|pasó|vamos}
{lo que|cómo} {hizo ahí|es este jefe|fue eso} {es una locura|es absurdo|fue muy tonto|es injusto}
cuando el {jefe|chat|streamer} {le da|falla|se muere} {jaja|😭|}
{dónde|cuándo} {todo salió mal|empezó esto|pasó eso} {jaja|}
{pregúntale|pregúntenle|pregunten a} {a él|al streamer|a los mods} {luego|no a mí}
{ellos|él|ella} {preguntó|preguntaron} {qué juego es|por el mouse|eso ayer}
{nadie preguntó|a nadie le importa} {jaja|xd|}
{ok|bueno} {esto|eso} {es|fue} {interesante|raro|brutal}
es su {primera|segunda|tercera} {vez|run|partida} {jaja|}
{quizás|seguro|capaz} {tiene lag|es un bug|la próxima|mañana}
{vamos|dale|veamos|otra vez}
{volvimos|estamos fritos|ya fue|vamos ganando|vamos perdiendo} {jaja|}

== question x8
{sabes|te acuerdas de} {qué|cuál|dónde|cuándo|cómo} {es ese jefe|es esa canción|es este mapa|terminó}
{alguien sabe|sabes} {cuándo|dónde|qué|cómo} {es el próximo stream|se consigue esa espada|canción es|hizo eso}
{te importa|podrías} {mostrar|pasar|decirnos} {tu config|tus specs|tu mira|tu playlist}
{se puede|es difícil} {pasar esto|conseguir esa skin|jugar esto solo|correrlo en una laptop}
{los|esos} {emotes|skins|ajustes|binds} son {nuevos|custom|por defecto}
{entonces|ok entonces} {qué|cuál|cómo} {juego|mouse|rango|build} {es este|usas|eres}
{qué|cuál} {opción|camino|elección} {elegiste|vas a elegir|elegirías}
{por qué|cómo es que} {dejaste|cambiaste|te fuiste de} {@game|youtube|el equipo|valorant}
{y|pero} {qué|cómo|cuándo} {pasa con|hay de} {el dlc|el próximo stream|tu gato|el sorteo}
{cuál es|qué es} {el plan|la estrategia|el objetivo} para {hoy|esta run|el jefe|esta noche}
{quieres|vas a|te animas a} {jugar|probar|stremear} {@game|con viewers|un 1v1} {luego|esta noche|mañana|}
{conseguiste|sacaste|terminaste} {el platino|todos los logros|el final verdadero|el modo difícil}
{cuándo|dónde} {compraste|conseguiste} {esa|tu} {gorra|lámpara|silla|camiseta}
{es|era} {tu|esa tu} {cuenta principal|smurf|segunda cuenta|cuenta alterna}
{qué|cuál} {juego|jefe|mapa|nivel} {fue el más difícil|es tu favorito|es el peor} {hasta ahora|para ti|}

== general x3
¿qué?
¿que?
qué?
¿cómo?
¿en serio?
en serio?
¿neta?
¿por qué?
¿quién preguntó?
¿qué fue eso?
¿perdón?
¿es en serio?
wtf?
bro qué?
¿y?
¿eh?
¿mande?
¿de verdad?
jaja?
xd?
¿ah?
¿cómo así?
que??
como?
y eso?

== question x8
{oye|bueno|entonces} {qué|que|cuál} juego {es|estás jugando|es este}
{y|pero} {de dónde|de donde} {eres|sos|es el streamer}
{amigo|loco|che} {de dónde|de donde} {eres|sos}
{cuántos|cuantos} años {tienes|tenés|tiene el streamer}
{usas|tienes} {un|el} {@gear} {@brand}
{qué|que} {canción|cancion|tema|rola} {suena|está sonando|es la que suena}
{cuándo|cuando|a qué hora} {vuelves|estás en directo|haces directo} {mañana|de nuevo|}
{qué|que} {rango|elo} {tienes|eres} {ahora|ya|}
{qué|que} {sensi|dpi} {tienes|juegas|pones}
{hablas|sabes hablar} {inglés|ingles|portugués|alemán}
{desde cuándo|cuánto tiempo} {streameas|haces directos|estás en twitch}
{dónde|donde} {vives|estás viviendo} {ahora|}

== question x6
{qué|que|cuál|cual} {juego|mouse|teclado|cascos|micro|monitor|silla|canción|cancion}
{qué|que|cuál|cual} {rango|sensi|dpi|server|build|clase|mapa|arma|modo}
{qué|que|cuál|cual} {versión|mira|setup|gráfica|procesador|mando}
{nombre del|cómo se llama el|como se llama el} {juego|mapa|jefe|server|mouse|tema}
{cuántas|cuantas|cuántos|cuantos} {horas|muertes|viewers|subs|victorias|kills|seguidores|fps|años}
{de dónde|de donde|desde cuándo|desde cuando|con quién|con quien} {eres|sos|streameas|juegas}
