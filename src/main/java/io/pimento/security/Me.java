package io.pimento.security;

import java.util.List;

/** Who the caller is: {@code role} is their own role, {@code roles} every role it includes (lowest first). */
public record Me(String username, String role, List<String> roles) {
}
