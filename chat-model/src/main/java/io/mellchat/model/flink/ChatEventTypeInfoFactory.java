package io.mellchat.model.flink;

import io.mellchat.model.ChatEvent;
import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Lets Flink's type extraction find the events' {@link ModelTypeInfo} through {@code @TypeInfo}.
 */
public final class ChatEventTypeInfoFactory extends TypeInfoFactory<ChatEvent> {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public TypeInformation<ChatEvent> createTypeInfo(
            Type t, Map<String, TypeInformation<?>> genericParameters) {
        Class<? extends ChatEvent> cls =
                t instanceof Class && ChatEvent.class.isAssignableFrom((Class<?>) t)
                        ? (Class<? extends ChatEvent>) t
                        : ChatEvent.class;
        return (TypeInformation) ModelTypeInfo.chatEvents(cls);
    }
}
