package io.mellchat.model.flink;

import io.mellchat.model.UserAction;
import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/** Lets Flink's type extraction find the serializer of {@link UserAction}. */
public final class UserActionTypeInfoFactory extends TypeInfoFactory<UserAction> {
    public static final ModelTypeInfo<UserAction> TYPE_INFO =
            new ModelTypeInfo<>(UserAction.class, UserActionSerializer.INSTANCE);

    @Override
    public TypeInformation<UserAction> createTypeInfo(
            Type t, Map<String, TypeInformation<?>> genericParameters) {
        return TYPE_INFO;
    }
}
