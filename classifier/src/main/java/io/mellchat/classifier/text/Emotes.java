package io.mellchat.classifier.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Recognises emote tokens when the platform gave no emote positions: Twitch global, BTTV/FFZ/7TV
 * and Kick emote names, text emoticons, YouTube {@code :shortcut:} emoji and the shape of channel
 * emotes (a lower-case prefix followed by a capitalised name: {@code xqcL}, {@code pokiHi}).
 */
public final class Emotes {
    /** Names matched exactly (case matters: "Clap" is an emote, "clap" is a word). */
    private static final SpanTable EXACT =
            table(
                    "Kappa KappaPride Keepo Kappu PogChamp PogBones LUL LULW KEKW KEKL KEKWait"
                            + " OMEGALUL Pog PogU POGGERS Poggers PogO PogChamp monkaS monkaW"
                            + " monkaHmm monkaGIGA Sadge PepeHands pepeLaugh PepeLaugh peepoHappy"
                            + " peepoSad widepeepoHappy widepeepoSad FeelsBadMan FeelsGoodMan"
                            + " FeelsStrongMan FeelsWeirdMan FeelsOkayMan 5Head 4Head 3Head Pepega"
                            + " EZ Clap catJAM pepeD COPIUM Copium Aware Clueless ICANT xdd"
                            + " Kreygasm BibleThump ResidentSleeper NotLikeThis SeemsGood VoHiYo"
                            + " DansGame SwiftRage WutFace TriHard CoolStoryBob HeyGuys PJSalt"
                            + " MrDestructoid BabyRage FailFish Jebaited CoolCat GivePLZ TakeNRG"
                            + " HSWP BloodTrail KomodoHype Kippa SMOrc PunOko TheIlluminati cmonBruh"
                            + " haHAA gachiGASM gachiBASS forsenCD Okayge OkayChamp Stare modCheck"
                            + " Susge BASED Deadge Bedge peepoClap YEP NOPERS NODDERS HYPERS"
                            + " PauseChamp WeirdChamp Kapp ppHop FrankerZ RalpherZ DatSheffy OSFrog"
                            + " DinoDance GlitchCat TwitchUnity CurseLit bleedPurple PopNemo Squid1"
                            + " Squid2 Squid3 Squid4 VirtualHug HolidayCheer GIGACHAD Chatting"
                            + " peepoLeave ratJAM AlienPls EZY LETSGO PogTasty Madge Smadge"
                            + " Gladge HUH Wokege YEPP SNIFFA BOOBA"
                            + " emojiAngry emojiLol emojiCry emojiSmile emojiCool emojiHeart"
                            + " emojiClown emojiFire KEKLEO GachiPls WAYTOODANK TOOHAPPY pepeMeltdown"
                            + " PepegaAim PETTHEPEEPO peepoGiggles peepoRiot PogChampion Jupijej"
                            + " widepeepoBlanket FeelsDankMan DansGame OpieOP NotATK PraiseIt"
                            + " PipeHype TehePelo KAPOW StinkyCheese StinkyGlitch PowerUpL PowerUpR"
                            + " GoldPLZ TPFufun TPcrunchyroll DarkMode LUL7 BOP");

    /** Names typed in any case ("kekw", "Omegalul"): distinctive enough never to be words. */
    private static final SpanTable ANY_CASE =
            table(
                    "kekw lul lulw omegalul pogchamp poggers pogu monkas monkaw sadge pepehands"
                            + " pepelaugh kappa kekl copium icant xdd catjam pepega"
                            + " residentsleeper biblethump kreygasm notlikethis 4head 5head xd"
                            + " widepeepohappy peepohappy feelsbadman feelsgoodman kekwait"
                            + " gigachad trihard");

    /** Text emoticons that the platforms render as emotes. */
    private static final SpanTable EMOTICONS =
            table(
                    ":) :-) :( :-( :D :-D ;) ;-) :P :p :-P :-p :O :o :-O <3 </3 xD XD xd :/ :-/"
                            + " :| :-| D: o7 O7 O_o o_O o_o O_O ^^ ^_^ >:( :3 B) B-) R) ;P ;p :\\"
                            + " T_T -_- :s :S :* :') :'( =) =( =D ;D xP XP ¯\\_(ツ)_/¯ (:"
                            + " ): :c c: :v");

    private Emotes() {}

    /**
     * True when the token {@code raw[0, n)} (with its lower-case copy in {@code lower}) is an emote
     * name, an emoticon or a YouTube {@code :shortcut:}.
     */
    public static boolean isEmote(char[] raw, char[] lower, int n) {
        if (n == 0) {
            return false;
        }
        if (EMOTICONS.contains(raw, 0, n)) {
            return true;
        }
        if (n >= 3 && raw[0] == ':' && raw[n - 1] == ':' && isShortcut(raw, n)) {
            return true;
        }
        if (n < 2) {
            return false;
        }
        return EXACT.contains(raw, 0, n) || ANY_CASE.contains(lower, 0, n) || hasEmoteShape(raw, n);
    }

    /** {@code xqcL}, {@code pokiHi}, {@code moon2Smug}: lower-case prefix, then a capital. */
    static boolean hasEmoteShape(char[] t, int n) {
        if (n < 4 || n > 32 || t[0] < 'a' || t[0] > 'z') {
            return false;
        }
        int i = 1;
        while (i < n && ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= '0' && t[i] <= '9'))) {
            i++;
        }
        if (i < 2 || i > 12 || i >= n || t[i] < 'A' || t[i] > 'Z') {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            char c = t[j];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** {@code :fire:}, or several glued as YouTube sends them: {@code :fire::yt::fire:}. */
    private static boolean isShortcut(char[] t, int n) {
        int i = 0;
        while (i < n) {
            if (t[i] != ':') {
                return false;
            }
            int start = ++i;
            while (i < n && isShortcutChar(t[i])) {
                i++;
            }
            if (i == start || i >= n || t[i] != ':') {
                return false;
            }
            i++;
        }
        return true;
    }

    private static boolean isShortcutChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_';
    }

    private static SpanTable table(String names) {
        Map<String, Integer> m = new HashMap<>();
        for (String s : names.split(" +")) {
            m.put(s, 1);
        }
        return new SpanTable(m);
    }
}
