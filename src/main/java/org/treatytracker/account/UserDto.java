package org.treatytracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Shapes of user management. Passwords go in, never out. */
public final class UserDto {

    private UserDto() {
    }

    @Schema(name = "UserRequest")
    public record Create(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits, '.', '_', '@' or '-'")
            @Schema(example = "secretariat.editor") String username,
            @NotBlank @Size(min = 12, max = 200) @Schema(description = "At least 12 characters, and hard to guess (zxcvbn score 3 or more); a weak one is refused with 422", example = "quiet otter sails crimson lanterns") String password,
            @Schema(description = "Admins also manage users; default false", example = "false") Boolean admin) {
    }

    @Schema(name = "PasswordChange")
    public record Password(@NotBlank @Size(min = 12, max = 200) @Schema(description = "As for a new user: at least 12 characters and hard to guess") String password) {
    }

    @Schema(name = "User")
    public record View(@Schema(example = "secretariat.editor") String username, @Schema(example = "[\"editor\"]") List<String> roles) {

        static View of(AppUser user) {
            return new View(user.getUsername(), user.roleNames());
        }
    }
}
