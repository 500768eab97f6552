"""Where the draft templates come from: the user's own folder first (beside the config file), then the
package's. An adapter: it reads files; the composer only renders what it is given."""

from __future__ import annotations

import jinja2

from ..core.compose import midsentence, sentence


def template_environment(user_folder: str | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = [jinja2.PackageLoader("followup.core.compose", "templates")]
    if user_folder:
        loaders.insert(0, jinja2.FileSystemLoader(user_folder))
    environment = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), undefined=jinja2.StrictUndefined,
                                     trim_blocks=True, lstrip_blocks=True, autoescape=False)
    environment.filters["sentence"] = sentence
    environment.filters["midsentence"] = midsentence
    return environment
