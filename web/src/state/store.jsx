// Context + useReducer: the state, its dispatch, and the actions that talk to the server.
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef } from 'react';
import { initialState, reducer } from './reducer.js';
import { anonymous, decodeJwt, isExpired, loadAuth, saveViewer, savePasted, signOut as forget } from '../api/auth.js';

const StateContext = createContext(null);
const ActionsContext = createContext(null);

export const useAppState = () => useContext(StateContext);
export const useActions = () => useContext(ActionsContext);

/**
 * `api`: the REST client factory result (see createApi); it is given `getToken` by the caller,
 * which reads `tokenRef` kept here. `initial`: state overrides (tests).
 */
export function StoreProvider({ makeApi, initial, children }) {
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    initialState({ auth: typeof window === 'undefined' ? anonymous : loadAuth(), ...initial }),
  );
  const stateRef = useRef(state);
  stateRef.current = state;
  const viewerFetch = useRef(null);
  const apiRef = useRef(null);

  const getToken = useCallback(async (needed) => {
    const auth = stateRef.current.auth;
    // expiry is checked now, not when the token was loaded: a session outlives a viewer token
    if (auth.token && !isExpired(decodeJwt(auth.token))) return auth.token;
    // a pasted (staff) token that expired is still sent where one is needed: the 401 says so
    if (auth.token && auth.source === 'pasted' && needed) return auth.token;
    if (!needed) return null;
    // a viewer token is fetched once, on the first action that needs one
    viewerFetch.current ||= apiRef.current
      .viewerToken()
      .then((token) => {
        if (!token) throw new Error('no token in the answer of POST /api/v1/viewers');
        const a = saveViewer(token);
        dispatch({ type: 'AUTH', auth: a });
        stateRef.current = { ...stateRef.current, auth: a };
        return token;
      })
      .finally(() => (viewerFetch.current = null));
    return viewerFetch.current;
  }, []);

  const api = useMemo(() => makeApi(getToken), [makeApi, getToken]);
  apiRef.current = api;

  const actions = useMemo(() => {
    const fail = (e) => ({ status: e?.status ?? 0, detail: e?.detail || e?.message || String(e) });
    return {
      api,
      dispatch,
      getState: () => stateRef.current,
      async upvote(kind, id) {
        const v = stateRef.current.votes[id];
        if (v && v.state !== 'failed') return; // one vote per item
        dispatch({ type: 'VOTE_START', kind, id });
        try {
          const res = await api.upvote(kind, id);
          dispatch({ type: 'VOTE_DONE', kind, id, duplicate: res?.duplicate === true });
        } catch (e) {
          dispatch({ type: 'VOTE_FAILED', kind, id, error: fail(e) });
        }
      },
      async setAnswered(id, answered) {
        dispatch({ type: 'ANSWER_START', id, answered });
        try {
          await api.answer(id, answered);
        } catch (e) {
          dispatch({ type: 'ANSWER_FAILED', id, answered, error: fail(e) });
        }
      },
      async hide(messageId) {
        dispatch({ type: 'HIDE_START', id: messageId });
        try {
          await api.hide(messageId);
        } catch (e) {
          dispatch({ type: 'HIDE_FAILED', id: messageId, error: fail(e) });
        }
      },
      async addChannel(platform, channel, stream) {
        const created = await api.addChannel(platform, channel, stream);
        dispatch({ type: 'FRAMES', frames: [{ type: 'channel', data: created && created.platform ? created : { platform, channel, stream, status: 'connecting' } }] });
      },
      async removeChannel(platform, channel) {
        await api.removeChannel(platform, channel);
        dispatch({ type: 'CHANNEL_REMOVED', platform, channel });
      },
      nowAnswering: (id) => dispatch({ type: 'NOW_ANSWERING', id }),
      signIn(token) {
        dispatch({ type: 'AUTH', auth: savePasted(token) });
      },
      signOut() {
        dispatch({ type: 'AUTH', auth: forget() });
      },
    };
  }, [api]);

  useEffect(() => {
    const on = () => dispatch({ type: 'ONLINE', online: navigator.onLine });
    on();
    window.addEventListener('online', on);
    window.addEventListener('offline', on);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', on);
    };
  }, []);

  return (
    <ActionsContext.Provider value={actions}>
      <StateContext.Provider value={state}>{children}</StateContext.Provider>
    </ActionsContext.Provider>
  );
}
